using Microsoft.Extensions.Configuration;

namespace FeedHub.Worker.Hosting;

/// <summary>
/// Configuration in the order of the Contract: appsettings.json (beside the executable, then in the working
/// directory), environment variables (`Section__Key`), then `--Section:Key=value` (or `--Section:Key value`)
/// on the command line, which are taken out of the arguments before the command is parsed.
/// </summary>
public static class FeedHubConfiguration
{
    public static IConfigurationRoot Build(IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides);
        return builder.Build();
    }

    /// <summary>Splits `--Section:Key=value`, `--Section:Key value` and `--urls value` out of the arguments.</summary>
    public static (string[] Remaining, List<KeyValuePair<string, string?>> Overrides) SplitArguments(string[] args)
    {
        var remaining = new List<string>();
        var overrides = new List<KeyValuePair<string, string?>>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                remaining.Add(arg);
                continue;
            }
            var body = arg[2..];
            var eq = body.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? body : body[..eq];
            var isConfig = key.Contains(':', StringComparison.Ordinal) || key.Equals("urls", StringComparison.OrdinalIgnoreCase);
            if (!isConfig)
            {
                remaining.Add(arg);
                continue;
            }
            if (key.Equals("urls", StringComparison.OrdinalIgnoreCase))
                key = "Urls";
            if (eq >= 0)
                overrides.Add(new(key, body[(eq + 1)..]));
            else if (i + 1 < args.Length)
                overrides.Add(new(key, args[++i]));
            else
                overrides.Add(new(key, "true"));
        }
        return ([.. remaining], overrides);
    }
}
