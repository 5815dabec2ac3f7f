using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace FeedHub.Worker.Api;

/// <summary>A dashboard user: a name, a PBKDF2 password hash (`feedhub` never stores passwords), and whether they may only look.</summary>
public sealed class DashboardUser
{
    public string Name { get; set; } = "";

    /// <summary>"pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64".</summary>
    public string PasswordHash { get; set; } = "";
    public bool ReadOnly { get; set; }
}

/// <summary>
/// Who may see `/hangfire`: requests from loopback always (full access); any other client only with the basic-auth
/// credentials of a configured user (`Dashboard:Users`). Without configured users, remote requests get 401.
/// </summary>
public sealed class DashboardAccess(IReadOnlyList<DashboardUser> users)
{
    public const string ItemKey = "feedhub.dashboard.user";

    public bool Authorize(HttpContext http)
    {
        if (IsLoopback(http))
            return true;
        var user = Authenticate(http);
        if (user is null)
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"FeedHub dashboard\", charset=\"UTF-8\"";
            return false;
        }
        http.Items[ItemKey] = user;
        return true;
    }

    public static bool IsReadOnly(HttpContext http) => http.Items[ItemKey] is DashboardUser { ReadOnly: true };

    public static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);

    private DashboardUser? Authenticate(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return null;
        var name = decoded[..colon];
        var password = decoded[(colon + 1)..];
        var user = users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        return user is not null && PasswordHashing.Verify(password, user.PasswordHash) ? user : null;
    }
}

/// <summary>Hangfire's side of <see cref="DashboardAccess"/>.</summary>
internal sealed class DashboardAuthorizationFilter(DashboardAccess access) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => access.Authorize(context.GetHttpContext());
}

/// <summary>PBKDF2-SHA256 password hashes.</summary>
public static class PasswordHashing
{
    private const int Iterations = 210_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string encoded)
    {
        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
            return false;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
