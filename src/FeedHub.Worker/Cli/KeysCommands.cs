using System.CommandLine;
using FeedHub.Storage;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Cli;

internal static class KeysCommands
{
    public static Command Build(CliContext context)
    {
        var keys = new Command("keys", "API keys for clients that are not on loopback.");

        var name = new Argument<string>("NAME") { Description = "A name for the key (who uses it)." };
        var create = new Command("create", "Create a key, store its SHA-256 and print the key once.") { name };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var key = ApiAccess.NewKey();
            if (!await store.AddApiKeyAsync(parse.GetValue(name)!, ApiAccess.HashKey(key), context.Get<TimeProvider>().GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                await context.Error.WriteLineAsync($"A key named '{parse.GetValue(name)}' exists already; revoke it first.").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync(key).ConfigureAwait(false);
            await context.Error.WriteLineAsync("Keep this key now: only its hash is stored. Send it as X-Api-Key or Authorization: Bearer.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });

        var list = new Command("list", "List the stored keys (names and dates; keys are not stored).");
        list.SetAction(async (_, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            foreach (var k in await store.ListApiKeysAsync(cancellationToken).ConfigureAwait(false))
                await context.Out.WriteLineAsync($"{k.Name}\t{k.CreatedAt:u}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });

        var revokeName = new Argument<string>("NAME") { Description = "The key's name." };
        var revoke = new Command("revoke", "Delete a key; clients using it are refused within 30 seconds.") { revokeName };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var found = await store.RevokeApiKeyAsync(parse.GetValue(revokeName)!, cancellationToken).ConfigureAwait(false);
            await (found ? context.Out : context.Error).WriteLineAsync(found ? "revoked" : "no such key").ConfigureAwait(false);
            return found ? ExitCodes.Ok : ExitCodes.Failed;
        });

        keys.Subcommands.Add(create);
        keys.Subcommands.Add(list);
        keys.Subcommands.Add(revoke);
        return keys;
    }
}

internal static class DashboardCommands
{
    public static Command Build(CliContext context)
    {
        var dashboard = new Command("dashboard", "Dashboard access.");
        var hash = new Command("hash-password", "Read a password from standard input and print its hash for Dashboard:Users:N:PasswordHash.");
        hash.SetAction(async (_, cancellationToken) =>
        {
            var password = (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                await context.Error.WriteLineAsync("No password on standard input.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            await context.Out.WriteLineAsync(PasswordHashing.Hash(password)).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        dashboard.Subcommands.Add(hash);
        return dashboard;
    }
}
