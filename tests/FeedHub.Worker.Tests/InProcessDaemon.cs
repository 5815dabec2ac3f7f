using System.Net;
using FeedHub.Worker.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace FeedHub.Worker.Tests;

/// <summary>Tests that start the daemon in this process share Hangfire's global state, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class InProcessDaemonCollection
{
    public const string Name = "In-process daemon";
}

/// <summary>
/// The real daemon (Hangfire server, dashboard, API) on ASP.NET Core's in-memory test server, so that a test can
/// say which address a request comes from: loopback, or a client elsewhere (203.0.113.0/24, a documentation range;
/// nothing leaves the process).
/// </summary>
public sealed class InProcessDaemon : IAsyncDisposable
{
    public static readonly IPAddress Remote = IPAddress.Parse("203.0.113.9");

    private readonly WebApplication _app;

    private InProcessDaemon(WebApplication app) => _app = app;

    public TestServer Server => _app.GetTestServer();

    public IServiceProvider Services => _app.Services;

    public static async Task<InProcessDaemon> StartAsync(FeedHubInstance feedhub, params string[] settings)
    {
        var pairs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var arg in feedhub.StoreArgs.Concat(["--Fetch:AllowPrivateNetworks=true", "--Scheduling:DispatchInterval=00:00:01", "--Logging:LogLevel:Default=Warning"]).Concat(settings))
        {
            var body = arg.TrimStart('-');
            var eq = body.IndexOf('=', StringComparison.Ordinal);
            pairs[body[..eq]] = body[(eq + 1)..]; // later settings win, as on the command line
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(pairs).Build();
        var app = DaemonHost.Build(configuration, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new InProcessDaemon(app);
    }

    /// <summary>Sends a request as if from <paramref name="from"/>.</summary>
    public Task<HttpContext> SendAsync(string method, string pathAndQuery, IPAddress from, IDictionary<string, string>? headers = null, string? form = null) =>
        Server.SendAsync(context =>
        {
            var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
            context.Request.Method = method;
            context.Request.Path = question < 0 ? pathAndQuery : pathAndQuery[..question];
            context.Request.QueryString = question < 0 ? QueryString.Empty : new QueryString(pathAndQuery[question..]);
            context.Connection.RemoteIpAddress = from;
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                context.Request.Headers[name] = value;
            if (form is not null)
            {
                context.Request.ContentType = "application/x-www-form-urlencoded";
                context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(form));
            }
        });

    public Task<HttpContext> GetAsync(string pathAndQuery, IPAddress? from = null, IDictionary<string, string>? headers = null) =>
        SendAsync("GET", pathAndQuery, from ?? IPAddress.Loopback, headers);

    /// <summary>The response body (read once, then remembered: the test server's stream reads only forward).</summary>
    public static string Body(HttpContext context)
    {
        if (context.Items["body"] is string body)
            return body;
        body = new StreamReader(context.Response.Body).ReadToEnd();
        context.Items["body"] = body;
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
