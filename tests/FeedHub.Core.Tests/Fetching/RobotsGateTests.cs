using FeedHub.Fetching;
using FeedHub.Refreshing;
using FeedHub.Storage;

namespace FeedHub.Core.Tests.Fetching;

/// <summary>What a robots.txt answer means (RFC 9309 §2.3.1).</summary>
public sealed class RobotsGateTests
{
    [Theory]
    [InlineData("Ok", FetchOutcome.Content, 200, false, RobotsState.Rules)]
    [InlineData("NotFound", FetchOutcome.Failed, 404, false, RobotsState.AllowAll)]
    [InlineData("Forbidden", FetchOutcome.Failed, 403, false, RobotsState.AllowAll)]
    [InlineData("Gone", FetchOutcome.Gone, 410, false, RobotsState.AllowAll)]
    [InlineData("TooManyRequests", FetchOutcome.Failed, 429, false, RobotsState.Unreachable)]
    [InlineData("HostAskedToWait", FetchOutcome.Failed, 429, true, RobotsState.Unreachable)]
    [InlineData("ServerError", FetchOutcome.Failed, 503, false, RobotsState.Unreachable)]
    [InlineData("NoAnswer", FetchOutcome.Failed, null, false, RobotsState.Unreachable)]
    [InlineData("TooLarge", FetchOutcome.Failed, 200, false, RobotsState.Unreachable)]
    public void Classify(string name, FetchOutcome outcome, int? status, bool deferred, string state) =>
        RobotsGate.Classify(new FetchResult { Outcome = outcome, StatusCode = status, Deferred = deferred }).Should().Be(state, name);
}
