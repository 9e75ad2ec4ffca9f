// Where the one settings value is stored (storage.local key). Its own module, free of zod, so content
// scripts can read the raw value.
export const SETTINGS_KEY = 'settings';
