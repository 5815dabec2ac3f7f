namespace FeedHub.Fetching;

/// <summary>A permanent redirect seen on a feed's URL and not yet adopted: its target and the polls in a row that saw it.</summary>
public sealed record PendingRedirect(Uri Target, int Confirmations);

/// <summary>What to store on the feed after a poll: the redirect still pending (or none), and the new URL when it moves.</summary>
public sealed record RedirectDecision(PendingRedirect? Pending, Uri? MoveTo)
{
    public static RedirectDecision Unchanged(PendingRedirect? pending) => new(pending, null);
}

/// <summary>
/// Decides when a feed follows a permanent redirect for good. A 301/308 chain moves the feed only once it has held
/// for <see cref="FetchOptions.PermanentRedirectConfirmations"/> polls in a row, so a misconfigured server that
/// redirects for an hour does not rewrite the feed; a temporary redirect (302/303/307 anywhere in the chain) or a
/// direct answer from the old URL resets the count. Polls that reached no answer (network errors, a deferred
/// fetch, an error at the target) neither confirm nor refute. Pure: the caller stores <see cref="RedirectDecision.Pending"/>
/// on the feed and, on <see cref="RedirectDecision.MoveTo"/>, makes that the feed's URL and keeps the old one as an
/// alias for identity.
/// </summary>
public sealed class RedirectPolicy(int confirmationsNeeded)
{
    public RedirectPolicy(FetchOptions options)
        : this(options.PermanentRedirectConfirmations)
    {
    }

    public RedirectDecision Decide(PendingRedirect? pending, FetchResult fetch)
    {
        var answered = fetch.Outcome is FetchOutcome.Content or FetchOutcome.NotModified;
        if (!answered)
            return RedirectDecision.Unchanged(pending);
        if (fetch.PermanentRedirect is not { } target)
            return RedirectDecision.Unchanged(null); // the old URL answered itself, or the move is temporary

        var confirmations = pending is not null && pending.Target == target ? pending.Confirmations + 1 : 1;
        return confirmations >= confirmationsNeeded
            ? new RedirectDecision(null, target)
            : new RedirectDecision(new PendingRedirect(target, confirmations), null);
    }
}
