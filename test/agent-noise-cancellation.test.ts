/**
 * Noise cancellation as a template option only where the deployment supports it
 * (agent-container/src/noise-cancellation.ts): applied with the plugin's factory for the template's
 * value on a LiveKit Cloud deployment whose image holds the plugin; otherwise a warning and no
 * noise cancellation, never a failed call. The CDK sets NOISE_CANCELLATION only when asked.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { loadNoiseCancellation, NOISE_CANCELLATION_PACKAGE, noiseCancellationFor } from '../agent-container/src/noise-cancellation';
import { DEFAULT_TEMPLATE, parseTemplate, type AgentTemplate } from '../agent-container/src/template';
import { buildTestApp } from './cdk-helpers';

const withNc = (value: string): AgentTemplate =>
  parseTemplate({ ...JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)), template_id: 'phone-nc', call: { ...DEFAULT_TEMPLATE.call, noise_cancellation: value } });

/** A stand-in for the plugin module: each factory returns the options rtc-node takes. */
const plugin = {
  NoiseCancellation: () => ({ moduleId: 'livekit.plugins.noise_cancellation', options: { modelName: 'NC' } }),
  BackgroundVoiceCancellation: () => ({ moduleId: 'livekit.plugins.noise_cancellation', options: { modelName: 'BVC' } }),
  TelephonyBackgroundVoiceCancellation: () => ({ moduleId: 'livekit.plugins.noise_cancellation', options: { modelName: 'BVCTelephony' } }),
};

describe('noise cancellation where supported', () => {
  it('on LiveKit Cloud with the plugin: each template value gets its factory', async () => {
    const imported: string[] = [];
    const support = await loadNoiseCancellation({ NOISE_CANCELLATION: 'livekit-cloud' }, async (name) => (imported.push(name), plugin));
    expect(imported).toEqual([NOISE_CANCELLATION_PACKAGE]);
    expect(noiseCancellationFor(withNc('bvc_telephony'), support)).toEqual({ options: { moduleId: 'livekit.plugins.noise_cancellation', options: { modelName: 'BVCTelephony' } }, warning: null });
    expect(noiseCancellationFor(withNc('bvc'), support).options?.options).toEqual({ modelName: 'BVC' });
    expect(noiseCancellationFor(withNc('nc'), support).options?.options).toEqual({ modelName: 'NC' });
    expect(noiseCancellationFor(DEFAULT_TEMPLATE, support)).toEqual({ options: null, warning: null });
  });

  it('elsewhere: the plugin is not even imported, and a template asking for it gets a warning', async () => {
    let imports = 0;
    const support = await loadNoiseCancellation({}, async () => (imports++, plugin));
    expect(imports).toBe(0);
    const r = noiseCancellationFor(withNc('bvc_telephony'), support);
    expect(r.options).toBeNull();
    expect(r.warning).toMatch(/template phone-nc asks for noise cancellation 'bvc_telephony', not applied: this deployment does not run on LiveKit Cloud/);
    expect(noiseCancellationFor(DEFAULT_TEMPLATE, support).warning).toBeNull();
  });

  it('on LiveKit Cloud without the plugin in the image (as this one is built today): a warning naming the package', async () => {
    const support = await loadNoiseCancellation({ NOISE_CANCELLATION: 'livekit-cloud' });
    expect(support.available).toBe(false);
    expect(noiseCancellationFor(withNc('nc'), support).warning).toMatch(/@livekit\/noise-cancellation-node is not installed in this image/);
  });

  it('the CDK sets NOISE_CANCELLATION only for agentNoiseCancellation=true', () => {
    const envOf = (context: Record<string, unknown>) => {
      const { stacks } = buildTestApp({ context });
      const task = Object.values(Template.fromStack(stacks.agent).findResources('AWS::ECS::TaskDefinition'))[0]!.Properties as {
        ContainerDefinitions: { Environment: { Name: string; Value: string }[] }[];
      };
      return Object.fromEntries(task.ContainerDefinitions[0]!.Environment.map((e) => [e.Name, e.Value]));
    };
    expect(envOf({})).not.toHaveProperty('NOISE_CANCELLATION');
    expect(envOf({ agentNoiseCancellation: 'true' })).toMatchObject({ NOISE_CANCELLATION: 'livekit-cloud' });
  });
});
