import { about } from "./about.ts";
import { ask } from "./ask.ts";
import { topic } from "./topic.ts";
import { topics } from "./topics.ts";
import type { Command } from "./types.ts";

/** Every slash command. Registration (`npm run deploy`) and routing both read this list. */
export const COMMANDS: readonly Command[] = [ask, topic, topics, about];

export const COMMANDS_BY_NAME: ReadonlyMap<string, Command> = new Map(
  COMMANDS.map((c) => [c.definition.name, c]),
);

/** The bodies for Discord's bulk-overwrite endpoint. */
export const commandDefinitions = () => COMMANDS.map((c) => c.definition);
