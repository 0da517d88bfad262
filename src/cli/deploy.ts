import { ApplicationCommandType } from "discord-api-types/v10";
import { COMMANDS_BY_NAME, commandDefinitions } from "../commands/index.ts";
import { readDeployConfig } from "../config.ts";
import { RegisterError, registerCommands } from "../gateway/register.ts";
import { redactSecrets } from "../logger.ts";
import { loadEnvFile } from "./run.ts";

export const usage = `Usage: safir deploy
Registers the slash commands: in the server DISCORD_GUILD_ID if set (instant), else globally.
Needs DISCORD_TOKEN and DISCORD_CLIENT_ID. Safe to run again.`;

/**
 * `npm run deploy`: registers Safir's slash commands. With DISCORD_GUILD_ID, in that one server (instant,
 * for development); otherwise globally (every server and DM the bot is in). Safe to run again.
 */
export async function run(_args: string[]): Promise<number | undefined> {
  loadEnvFile();
  const config = readDeployConfig(process.env);
  const commands = commandDefinitions();
  try {
    const done = await registerCommands({
      token: config.token,
      apiUrl: config.apiUrl,
      clientId: config.clientId,
      guildId: config.guildId,
      commands,
    });
    const where =
      done.scope === "guild"
        ? `in server ${config.guildId} (available now)`
        : "globally (every server and DM; new commands can take a few minutes to appear)";
    process.stdout.write(
      `Registered ${done.names.length} command${done.names.length === 1 ? "" : "s"} ${where}: ${done.names.map(shown).join(", ")}\n`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof RegisterError)) throw err;
    process.stderr.write(`${redactSecrets(err.message, [config.token])}\n`);
    return 1;
  }
}

/** A slash command as members type it; a message command as they find it (Apps → …). */
function shown(name: string): string {
  return COMMANDS_BY_NAME.get(name)?.definition.type === ApplicationCommandType.Message
    ? `Apps → ${name}`
    : `/${name}`;
}
