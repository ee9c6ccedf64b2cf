/**
 * Role nouns: the words callers use for the people who would use the product, by the professions'
 * own names for their staff. A tab-separated table:
 *
 *   kind  alternatives
 *
 * `many`: plural roles (and seat words); a count of these is a team ("six reservationists"). `one`: one
 * person named by role ("the practice manager", "a team leader"). `company`: whole-company nouns, one
 * literal word each (a count of these is a headcount, below a team). `family`: relatives a caller may
 * work beside ("me and my husband"). `people`: plain words for people, one literal word each; a count of
 * these is a team only with more said ("we are 8 people in sales"). `familiar`: familiar words for a group of
 * coworkers, one literal word each; they go on a list of roles ("and the two admin ladies") but a count of them
 * alone is no team. `alternatives` are regular-expression sources, `|`-separated;
 * several lines with one kind add to it.
 */
export default String.raw`
many	sales ?reps?|reps|representatives|salespeople|sales people|salesmen|saleswomen|agents|brokers|realtors|attorneys
	|lawyers|paralegals|associates|users|seats|licen[cs]es|user|seat|license|licence|recruiters|account executives|aes
	|sdrs|bdrs|coordinators|managers|consultants|advisors|advisers|loan officers|underwriters|processors|executives
	|directors|partners|teammates|colleagues|co-?workers|officers|direct reports|assistants|specialists|analysts
	|admins|administrators|secretaries|clerks|receptionists|typists|interns|trainees|apprentices|temps|freelancers
	|contractors|part[- ]timers|casuals|supervisors|team leaders|team leads|deputies|controllers|machine operators|camera operators|operatives
	|aides|helpers|volunteer coordinators|fee earners|negotiators|handlers|schedulers|planners|dispatchers
many	nurses|doctors|physicians|providers|dentists|therapists|hygienists|pharmacists|clinicians|counsell?ors|caregivers
	|carers|care workers|support workers|resource workers|link workers|keyworkers|key workers|outreach workers|youth workers|social workers|caseworkers|case workers|surgeons|anaesthetists|anesthetists
	|anesthesiologists|anaesthesiologists|midwives|paramedics|medics|radiographers|radiologists|sonographers
	|phlebotomists|podiatrists|chiropractors|osteopaths|dietitians|dieticians|nutritionists|psychologists
	|psychiatrists|orthodontists|opticians|optometrists|audiologists|occupational therapists|physiotherapists|physios
	|ots|o t's|registrars|vets|veterinarians|vet techs|technologists|technicians|techs|scientists|porters|doulas
	|medical assistants|scribes|coders|billers
many	reservationists|concierges|housekeepers|chefs|cooks|waiters|waitresses|waitstaff|bartenders|baristas|stewards
	|tour guides|drivers|chauffeurs|couriers|valets|hairdressers|stylists|barbers|beauticians|cashiers|tellers
	|merchandisers|sellers|closers|marketers|bookers|arrangers|funeral directors|event managers|instructors|trainers
	|coaches|teachers|lecturers|professors|tutors|librarians|teaching assistants
many	engineers|developers|programmers|devs|designers|architects|surveyors|valuers|estimators|inspectors|appraisers
	|assessors|auditors|examiners|investigators|adjusters|accountants|bookkeepers|cpas|actuaries|bankers|lenders
	|collectors|solicitors|barristers|conveyancers|notaries|linguists|translators|interpreters|producers
	|editors|sub-?editors|journalists|reporters|writers|copywriters|photographers|videographers|illustrators|animators
	|presenters|researchers|pilots|agronomists|enumerators|extension workers|field reps|field staff|rangers|wardens
	|firefighters|guards|security guards|councill?ors|pastors|ministers|deacons|pas|personal assistants|execs|locums|resourcers|sourcers
many	foremen|site managers|electricians|sparkies|plumbers|carpenters|joiners|builders|roofers|painters|decorators|labou?rers
	|tradies|tradesmen|tradespeople|fitters|installers|welders|mechanics|machinists|riggers|scaffolders|glaziers
	|tilers|landscapers|gardeners|groundskeepers|cleaners|janitors|caretakers|loaders|packers|forklift drivers
many	grooms|stable hands|kennel hands|farm hands|yard hands|ranch hands|deck ?hands|brewers|distillers|winemakers
	|bakers|butchers|riding instructors|lifeguards|landmen|paraplanners|superintendents|shift leads|shift leaders|site leads|area leads|crew leaders|crew leads|project leaders|group leaders
	|csrs|c s rs|c s r s|fses|f s es|f s e s|g f's|g fs|gfs|safeties|lasses|sisters in charge|sisters-in-charge|nursing sisters|corretores|residentes de obra
	|pisteurs|magasiniers|commerciaux|compradores|bosses|generalists|r n's|r ns|rns|lassies|kines|kinés|kinesitherapeutes|kinésithérapeutes
	|dtp operators|d t p operators|data entry operators|computer operators|press operators|phone operators|telephone operators
many	(?:escribientes|radicadores|liquidadores|auxiliares|analistas|administrativ[oa]s|recepcionistas|cajer[oa]s|gestor[ae]s|administrador[ae]s|coordinador[ae]s
	|abogad[oa]s|contador[ae]s|asesor[ae]s|vendedor[ae]s|enfermer[oa]s|t[eé]cnicos|ingenieros|secretarias|contabilistas)(?: de [a-záéíóúñ]+)?
many	purchase officers|purchasing officers|procurement officers|front office staff|front desk staff|reception staff|counter staff
many	dispensers|dispensing assistants|pharmacy assistants|pharmacy technicians|pharmacy techs
many	declarants|principals|practice principals|practitioners|legal practitioners|nurse practitioners|g ps|gps|seniors|audit seniors
many	room leaders|divemasters|dive masters|dive instructors|dive guides|counsel|a m es|organizers|organisers
one	admin|lawyer|attorney|agent|rep|broker|realtor|recruiter|paralegal|designer|assistant|partner|manager|coordinator
	|accountant|receptionist|secretary|bookkeeper|part[- ]timer|boss|owner|chief|director|deputy|treasurer|chair
	|chairman|chairwoman|chairperson|president|vice president|pastor|priest|rabbi|vicar|principal|head teacher
	|headteacher|headmaster|headmistress|foreman|supervisor|team leader|team lead|editor|producer|administrator
	|officer|clerk|nurse|doctor|dentist|hygienist|vet|technician|engineer|developer|consultant|advisor|adviser
	|planner|estimator|negotiator|surveyor|architect|coach|instructor|trainer|teacher|tutor|registrar|co-?founder|founder|ceo|cfo
	|coo|intern|apprentice|trainee|controller|dispatcher|scheduler|analyst|specialist|executive|solicitor|chef
	|librarian|bursar|matron|warden|caretaker|housekeeper|cook|driver|courier|stylist|hairdresser|photographer|writer
	|journalist|reporter|merchandiser|barber|agronomist|pharmacist|therapist|physio|midwife|surgeon|anaesthetist|anesthetist
	|radiographer|vet nurse|optician|optometrist|electrician|sparky|plumber|mechanic|fitter|installer|cleaner|gardener
	|brewer|head brewer|pilot|distiller|winemaker|baker|butcher|groom|regional lead|area lead|district lead|site lead|shift lead|crew leader|crew lead|project leader|lass|plant head
	|department head|site head|unit head|marketing head|sales head|accounts head|finance head|operations head|ops head|h r head|hr head|inventory control lead|inventory lead|warehouse lead|dock lead
	|superintendent|paraplanner|md|gm|lad|lady|girl|guy|gal|fella|bloke|gaffer|in-charge|incharge|sister in charge|sister-in-charge
	|f and i manager|f & i manager|contracts lead|legal lead|finance lead|operations lead|ops lead|office lead
	|gerant|chef de parc|d a f|gang manager|intake gal|nurse practitioner|practitioner|facility manager|facilities manager|nursing sister
one	purchase officer|purchasing officer|procurement officer|procurement head|purchase head|purchasing head
one	dispenser|dispensing assistant|pharmacy assistant|pharmacy technician
one	centre head|center head|branch head|school head|campus head|clinic head|ward head|desk head|team head
one	contabilista|contador|contadora|recepcionista|cajera|cajero|gestor|gestora|secretaria|jefe de sala|office manager|head of chambers|divemaster|room leader|organizer|organiser
one	sacristan|verger|curate|deacon|churchwarden|church warden|sexton|parish secretary|parish administrator
many	sacristans|vergers|curates|deacons|churchwardens|church wardens|sextons
one	dean|correspondent|storekeeper|store keeper|oga|arranger|funeral arranger|funeral director|embalmer
many	deans|storekeepers|store keepers|arrangers|funeral arrangers|funeral directors|embalmers|site engineers
company	employees|staff|staffers|workers|ftes|full-timers|full timers
people	people|persons|person|folks|folk|guys|guy|lads|blokes|members|individuals|heads|ppl
familiar	ladies|girls|gals|fellas|aunties
family	husband|wife|missus|brother|sister|son|daughter|dad|father|mom|mum|mother|aunty|auntie|aunt|uncle|cousin|nephew|niece
family	hermano|hermana|esposo|esposa|hijo|hija
family	girlfriend|boyfriend|bredda|breddah|mam|mammy|granny|grandad|grandma|grandpa
family	mijo|mija|t[ií]a|t[ií]o|primo|prima|mam[aá]|pap[aá]|suegra|suegro|cuñad[oa]
`;
