namespace CoachBot.Core.Scheduling;

public interface INudgeStore
{
    Task AddAsync(NudgeSchedule schedule, CancellationToken cancellationToken);

    Task<NudgeSchedule?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<NudgeSchedule>> ListByOwnerAsync(string channelId, string ownerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<NudgeSchedule>> ListActiveAsync(CancellationToken cancellationToken);

    Task UpdateAsync(NudgeSchedule schedule, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
