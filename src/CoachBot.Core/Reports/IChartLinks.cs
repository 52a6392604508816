namespace CoachBot.Core.Reports;

/// <summary>Makes a link to a chart image of a report, as the given person would see it; the image is built when opened.</summary>
public interface IChartLinks
{
    string Create(string personId, ProgressFilter filter);
}
