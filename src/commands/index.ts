import { about } from "./about.ts";
import { answerMessage } from "./answer-message.ts";
import { ask } from "./ask.ts";
import { topic } from "./topic.ts";
import { topics } from "./topics.ts";
import type { Command, SlashCommand } from "./types.ts";

/** The slash commands, which the console offers too. */
export const SLASH_COMMANDS: readonly SlashCommand[] = [ask, topic, topics, about];

/** Every command: slash commands, then message commands (Apps → "Answer with Safir"). */
export const COMMANDS: readonly Command[] = [...SLASH_COMMANDS, answerMessage];

/** Registration (`npm run deploy`) and routing both read these. Discord sends a command's default name. */
export const COMMANDS_BY_NAME: ReadonlyMap<string, Command> = new Map(
  COMMANDS.map((c) => [c.definition.name, c]),
);

export const SLASH_COMMANDS_BY_NAME: ReadonlyMap<string, SlashCommand> = new Map(
  SLASH_COMMANDS.map((c) => [c.definition.name, c]),
);

/** The bodies for Discord's bulk-overwrite endpoint. */
export const commandDefinitions = () => COMMANDS.map((c) => c.definition);
