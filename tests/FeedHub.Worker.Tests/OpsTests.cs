using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>What ops rely on: start-up refuses bad configuration by name, /readyz follows the database.</summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed class OpsTests
{
    [Theory]
    [InlineData("--Fetch:Timeout=abc", "Fetch:Timeout")]
    [InlineData("--Scheduling:BatchSize=0", "Scheduling:BatchSize")]
    [InlineData("--Hangfire:WorkerCount=0", "Hangfire:WorkerCount")]
    [InlineData("--Fetch:MaxBodyBytes=12", "Fetch:MaxBodyBytes")]
    public async Task InvalidConfiguration_FailsStartUp_NamingTheKey(string setting, string key)
    {
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");

        var result = await feedhub.RunRawAsync(["run", setting, .. feedhub.StoreArgs, "--Urls=http://127.0.0.1:0"]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(key);
    }

    [Fact]
    public async Task Readyz_FailsWhileTheDatabaseIsDown_AndRecovers()
    {
        var cluster = await PostgresCluster.StartPrivateAsync();
        var cs = await cluster.CreateDatabaseAsync("readyz");
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        await using var daemon = await InProcessDaemon.StartAsync(feedhub, $"--ConnectionStrings:FeedHub={cs}", "--Storage:SqlitePath=");

        async Task<int> ReadyzAsync() => (await daemon.GetAsync("/readyz")).Response.StatusCode;

        await WaitAsync(async () => await ReadyzAsync() == 200, "ready at start");
        await cluster.StopServerAsync();
        await WaitAsync(async () => await ReadyzAsync() == 503, "not ready while PostgreSQL is down");
        await cluster.StartServerAsync();
        await WaitAsync(async () => await ReadyzAsync() == 200, "ready again after PostgreSQL came back");
        (await daemon.GetAsync("/healthz")).Response.StatusCode.Should().Be(200);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Gave up waiting: {what}.");
            await Task.Delay(250);
        }
    }
}
