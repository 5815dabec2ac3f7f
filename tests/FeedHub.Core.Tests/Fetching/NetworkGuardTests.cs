using System.Net;
using FeedHub.Fetching;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Fetching;

public sealed class NetworkGuardTests : FetchTestBase
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    public void PrivateAddresses_AreNotPublic(string address) =>
        NetworkGuard.IsPublic(IPAddress.Parse(address)).Should().BeFalse();

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("1.1.1.1")]
    [InlineData("2606:4700:4700::1111")]
    public void PublicAddresses_ArePublic(string address) =>
        NetworkGuard.IsPublic(IPAddress.Parse(address)).Should().BeTrue();

    [Theory]
    [InlineData("http://127.0.0.1/feed")]
    [InlineData("http://localhost:8080/feed")]
    [InlineData("http://feeds.localhost/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/feed")]
    public void PrivateUrls_AreRefusedNamingTheSetting(string url)
    {
        NetworkGuard.RefuseUrl(new Uri(url), allowPrivateNetworks: false).Should().Contain("Fetch:AllowPrivateNetworks");
        NetworkGuard.RefuseUrl(new Uri(url), allowPrivateNetworks: true).Should().BeNull();
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/feed")]
    public void OtherSchemes_AreRefusedEvenWhenPrivateNetworksAreAllowed(string url) =>
        NetworkGuard.RefuseUrl(new Uri(url), allowPrivateNetworks: true).Should().Contain("Only http and https");

    [Fact]
    public async Task LoopbackServer_IsRefusedByDefault_WithoutARequest()
    {
        Server.MapBytes("feed", Feed);
        using var fetcher = new FeedFetcher(new FetchOptions(), Time);

        var result = await FetchAsync(fetcher, "feed");

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("Fetch:AllowPrivateNetworks=true");
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task NameThatResolvesToLoopback_IsRefusedAfterResolution()
    {
        Server.MapBytes("feed", Feed);
        using var fetcher = new FeedFetcher(new FetchOptions(), Time, ResolveToLoopback, mayConnect: null);

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://intranet.test:{Server.BaseAddress.Port}/feed")), Bound);

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("intranet.test").And.Contain("127.0.0.1").And.Contain("Fetch:AllowPrivateNetworks");
        Server.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/secret")]
    [InlineData("http://internal.test:{port}/secret")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost:{port}/secret")]
    public async Task RedirectToAPrivateAddress_IsRefused(string target)
    {
        Server.Map("start", FaultResponses.Redirect(302, target.Replace("{port}", Server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        Server.MapBytes("secret", Feed);
        // Only "feeds.test" (the loopback server standing in for a public host) may be reached.
        using var fetcher = new FeedFetcher(new FetchOptions(), Time, ResolveToLoopback, (host, _) => host == "feeds.test");

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://feeds.test:{Server.BaseAddress.Port}/start")), Bound);

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("Fetch:AllowPrivateNetworks");
        Server.CountRequests("start").Should().Be(1);
        Server.CountRequests("secret").Should().Be(0);
    }

    private static Task<IPAddress[]> ResolveToLoopback(string host, CancellationToken cancellationToken) =>
        Task.FromResult(new[] { IPAddress.Loopback });
}
