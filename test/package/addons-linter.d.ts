// addons-linter ships no types: the part of its documented API (its README, "Using as a library") used here.
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export function createInstance(options: { config: Record<string, unknown> & { _: string[] }; runAsBinary: boolean }): {
    run(): Promise<{ errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] }>;
  };
}
