import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { ComponentAction } from "../components/custom-id.ts";
import type { AboutInfo } from "../embeds/render.ts";
import type { ChoicesResponse, MessageResponse, ModalResponse, UpdateResponse } from "../reply/respond.ts";
import type { SearchIndex } from "../search/index.ts";
import type { AnswerTrace, Recorder } from "../store/types.ts";

/** The user behind a request, as any transport can tell it. */
export interface Requester {
  id: string;
  username?: string;
}

export type OptionValue = string | number | boolean;

/** The message a message command ("Answer with Safir") was used on, from `data.resolved.messages`. */
export interface MessageTarget {
  id: string;
  /** The message's text; empty for a message of only images, files or embeds. */
  content: string;
  authorId?: string;
}

export interface CommandRequest {
  /** The interaction id where there is one (for logs), else a local id. */
  id: string;
  name: string;
  options: Record<string, OptionValue>;
  user: Requester;
  guildId?: string;
  /** The user's client language, as Discord reports it (`en-US`, `tr`, `id` …). */
  locale?: string;
  /** For a message command: the message it was used on. */
  target?: MessageTarget;
}

export interface AutocompleteRequest extends CommandRequest {
  focused: { name: string; value: string };
}

export interface ComponentRequest {
  id: string;
  customId: string;
  action: ComponentAction;
  args: string[];
  /** Selected values of a select menu; empty for buttons. */
  values: string[];
  user: Requester;
  guildId?: string;
  /** Whether the message the component sits on is ephemeral: then it can be updated in place. */
  messageEphemeral: boolean;
  locale?: string;
  /** The message the component (or the modal it opened) sits on, when Discord says. */
  messageId?: string;
  /** A submitted modal's text inputs, by custom_id. */
  fields?: Record<string, string>;
}

/** What every handler may use. Built once at start-up; handlers never touch files, clock or network. */
export interface Services {
  index: SearchIndex;
  about: AboutInfo;
  /** Where feedback and questions go; absent when nothing is recorded (DATABASE_URL=off, the console). */
  recorder?: Recorder;
}

/** Filled by a question-answering command beside its reply; the dispatcher records it on every asking. */
export interface Trace {
  answer?: AnswerTrace;
}

/**
 * A slash command or a message command: its definition (read by registration and routing alike) and its
 * handlers.
 */
export interface Command {
  definition:
    RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /**
   * The reply depends on the options alone, never on who asks, where or when: the dispatcher may answer
   * a repeat from its cache. Leave unset for anything personal.
   */
  pure?: boolean;
  execute(request: CommandRequest, services: Services, trace?: Trace): MessageResponse;
  autocomplete?(request: AutocompleteRequest, services: Services): ChoicesResponse;
}

/** A slash command: the kind that has options, and the kind the console offers. */
export interface SlashCommand extends Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
}

export interface ComponentHandler {
  action: ComponentAction;
  handle(request: ComponentRequest, services: Services): MessageResponse | UpdateResponse | ModalResponse;
}
