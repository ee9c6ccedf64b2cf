/**
 * Word lists shared by the other tables, referenced there as `{name}` and expanded to `(?:a|b|...)`
 * when the tables are compiled. A tab-separated table:
 *
 *   name  alternatives
 *
 * `alternatives` are regular-expression sources, `|`-separated; several lines with one name add to it.
 */
export default String.raw`
job_nouns	fair|posting|opening|offer|application|board|site|listing|search|title|description|market
car_makes	motor|franchised|main|new car|used car|toyota|honda|ford|nissan|hyundai|kia|chevy|chevrolet|gmc|bmw|mercedes|audi|vw|volkswagen|subaru|mazda
car_makes	jeep|lexus|dodge|chrysler|volvo|mitsubishi
systems	quickbooks|quick books|xero|netsuite|net suite|salesforce|sales force|hubspot|pipedrive|zoho|dynamics|sage|the accounting|our accounting
systems	the ats|our ats|the ehr|our ehr|power ?school
printed_things	everything|them|it|out|stuff|things|documents?|docs|contracts?|forms?|paperwork|slips|permission slips|waivers?|leases?|letters|agreements?|consents?
printed_things	purchase orders?|l p os?|lpos?|mandates?|deeds?|p os?|'em|am
few	two|three|four|five|six|several|a few|a couple(?: of)?
signers	people|clients|customers|tenants|parents|patients|signers|them|buyers|homeowners
chased	(?:permission |signed |consent |release )?(?:slips|forms|waivers|paperwork|contracts|documents|docs|leases|agreements|releases)|people|clients
chased	customers|candidates|tenants|buyers|sellers|vendors|patients|parents|landlords|members|employees|new hires|them|signatures|signers|down
chased	everyone|folks|after|families|mums|moms|mams|dads
doc_nouns	documents?|contracts?|paperwork|files?|forms?|leases?|copies|agreements?|docs
users	team|staff|agents|reps|users|clients|customers|everyone|everybody|people|they|we|i
lost_things	things|stuff|documents?|docs|contracts?|paperwork|papers?|files?|forms?|leases?|agreements?|quotes?|proposals?|invoices?|ndas?|slips
lost_things	waivers|deeds?|logs?|sheets?|applications?|emails?|it|they|them|some|others|ones|half|a few|a lot|deals?|signatures?|copies|attachments?
ms_apps	sharepoint|share point|outlook|onedrive|one drive|office 365|o365|slack|zoom|ms 365|microsoft 365
ms_named	outlook|teams|onedrive|one drive|sharepoint|share point|word(?! documents?| docs?| files?| templates?)|excel|dynamics|365|office 365|o365
google_named	gmail|g mail|google mail|drive|google drive|google docs|google sheets|sheets|google calendar|calendar|google meet
link_verbs	connected|connect|integrated|integrate|synced|sync|hooked up|linked|plugged
correcting	well|sorry|i mean|actually|or rather|no wait|no sorry|no|naw|nope|wait|er|erm
occasions	trips?|outings?|excursions?|field trips?|school trips?|tours?|camps?|away days?|visits?|fixtures?|matches|match|tournaments?
participants	child|children|kids?|pupils?|students?|players?|young people|young persons?|youths?|teens?|teenagers?|campers?|participants?|learners?|juniors?|athletes?|swimmers?|scouts?
link_stems	sync\w*|integrat\w*|connect\w*|talk\w*|push\w*|export\w*|plug\w*|hook\w*|work\w*
`;
