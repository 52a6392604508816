namespace CoachBot.Host.Channels.Delivery;

/// <summary>Wakes this instance's redelivery worker when a reply is kept, instead of leaving it to the next poll.</summary>
internal sealed class RedeliverySignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // already awake or about to be
        }
    }

    /// <summary>Until woken or <paramref name="timeout"/> has passed on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try
        {
            await _wake.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // the time is up
        }
    }
}
