import { REST } from "discord.js";
import {
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
  Routes,
} from "discord-api-types/v10";
import { describeRestError, networkCode, restStatus } from "./rest-errors.ts";

export interface RegisterOptions {
  token: string;
  apiUrl: string;
  clientId: string;
  guildId?: string | undefined;
  commands: readonly RESTPostAPIApplicationCommandsJSONBody[];
}

export interface Registered {
  scope: "guild" | "global";
  names: string[];
  ids: string[];
}

export class RegisterError extends Error {
  override name = "RegisterError";
}

/**
 * A bulk overwrite: Discord replaces the application's (or one server's) command list with exactly these,
 * so running it twice changes nothing and a removed command disappears.
 */
export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST({ api: options.apiUrl, retries: 1, timeout: 15_000 }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  try {
    const result = (await rest.put(route, { body: options.commands })) as RESTPutAPIApplicationCommandsResult;
    return {
      scope: options.guildId ? "guild" : "global",
      names: result.map((c) => c.name),
      ids: result.map((c) => c.id),
    };
  } catch (err) {
    throw new RegisterError(explain(err, options));
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

function explain(err: unknown, options: RegisterOptions): string {
  const status = restStatus(err);
  const where = options.guildId ? `server ${options.guildId}` : "all servers";
  if (status === 401)
    return "Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot → Reset Token) into .env.";
  if (status === 403)
    return options.guildId
      ? `Discord refused access to server ${options.guildId} (403): invite the bot with the applications.commands scope, or check DISCORD_GUILD_ID.`
      : `Discord refused access (403): check that DISCORD_CLIENT_ID (${options.clientId}) is the application this token belongs to.`;
  if (status === 404)
    return `Discord does not know application ${options.clientId}${options.guildId ? ` or server ${options.guildId}` : ""} (404): check DISCORD_CLIENT_ID (Developer Portal → General Information → Application ID)${options.guildId ? " and DISCORD_GUILD_ID" : ""}.`;
  if (status === 400)
    return `Discord rejected the command list for ${where} (400: ${describeRestError(err)}): check DISCORD_CLIENT_ID and DISCORD_GUILD_ID; if they are right, the command definitions are invalid.`;
  if (networkCode(err))
    return `Could not reach Discord at ${options.apiUrl} (${networkCode(err)}): check the network, or DISCORD_API_URL if you set it.`;
  return `Registering the commands failed: ${describeRestError(err)}.`;
}
