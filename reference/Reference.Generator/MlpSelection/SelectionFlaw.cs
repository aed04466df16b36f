namespace Reference.Generator.MlpSelection;

/// <summary>Known wrong reports of the model selection; each is named by the grader under its mistake name.</summary>
public enum SelectionFlaw
{
    TrainReportedAsDev,
    DevReportedAsTrain,
    BestNotFromGrid,
    BestNotHighest,
    ImprovementSignFlipped,
    ImprovementInPercent,
    OneValue,
}
