using FeedHub.Fetching;

namespace FeedHub.Core.Tests.Fetching;

public sealed class RedirectPolicyTests
{
    private static readonly Uri Target = new("https://new.example/feed.xml");
    private static readonly RedirectPolicy Policy = new(new FetchOptions { PermanentRedirectConfirmations = 3 });

    private static FetchResult Moved(Uri? to, FetchOutcome outcome = FetchOutcome.Content) =>
        new() { Outcome = outcome, PermanentRedirect = to, FinalUrl = to };

    [Fact]
    public void PermanentRedirect_ThatHoldsForThreePolls_MovesTheFeed()
    {
        var first = Policy.Decide(null, Moved(Target));
        var second = Policy.Decide(first.Pending, Moved(Target, FetchOutcome.NotModified));
        var third = Policy.Decide(second.Pending, Moved(Target));

        first.Should().Be(new RedirectDecision(new PendingRedirect(Target, 1), null));
        second.Should().Be(new RedirectDecision(new PendingRedirect(Target, 2), null));
        third.Should().Be(new RedirectDecision(null, Target));
    }

    [Fact]
    public void OldUrlAnsweringAgain_ClearsThePendingMove()
    {
        var decision = Policy.Decide(new PendingRedirect(Target, 2), Moved(null));

        decision.Should().Be(new RedirectDecision(null, null));
    }

    [Fact]
    public void ADifferentTarget_StartsCountingAgain()
    {
        var other = new Uri("https://other.example/feed");

        var decision = Policy.Decide(new PendingRedirect(Target, 2), Moved(other));

        decision.Should().Be(new RedirectDecision(new PendingRedirect(other, 1), null));
    }

    [Theory]
    [InlineData(FetchOutcome.Failed)]
    [InlineData(FetchOutcome.Gone)]
    public void PollThatGotNoAnswer_NeitherConfirmsNorRefutes(FetchOutcome outcome)
    {
        var pending = new PendingRedirect(Target, 2);

        var decision = Policy.Decide(pending, Moved(Target, outcome));

        decision.Should().Be(new RedirectDecision(pending, null));
    }

    [Fact]
    public void OneConfirmation_MovesOnFirstSight()
    {
        new RedirectPolicy(1).Decide(null, Moved(Target)).MoveTo.Should().Be(Target);
    }
}
