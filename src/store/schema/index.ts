export * from './agents.js';
export * from './ai.js';
export * from './copilot.js';
export * from './events.js';
export * from './governance.js';
export * from './identity.js';
export * from './speech.js';
export * from './workspace.js';
