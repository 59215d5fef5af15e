import { z } from 'zod';
import { channel, contractPart } from '../../ipc/define';
import { SETTINGS_CHANNELS } from './channels';
import { settingsPatchSchema, settingsSchema } from './schema';

export const settingsContract = contractPart(SETTINGS_CHANNELS, {
  'settings.get': channel({
    input: z.object({}).strict(),
    output: settingsSchema,
    needsUnlock: true,
    audit: null,
  }),
  'settings.update': channel({
    input: settingsPatchSchema.strict(),
    output: settingsSchema,
    needsUnlock: true,
    audit: {
      action: 'settings.update',
      entity: 'settings',
      words: { 'zh-TW': '修改設定', en: 'Changed settings' },
      // Which settings changed, never their values.
      detail: (input) => Object.keys(input).sort().join(','),
    },
  }),
});
