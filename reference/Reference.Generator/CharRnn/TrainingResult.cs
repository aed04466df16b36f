using System.Globalization;

namespace Reference.Generator.CharRnn;

/// <summary>The outcome of a training run, printed in the numpy baseline's one-line format.</summary>
public sealed record TrainingResult(int Samples, int Epochs, int Hidden, double Seconds, double LossPerChar, double Accuracy)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"samples={Samples} epochs={Epochs} hidden={Hidden} seconds={Seconds:F2} loss_per_char={LossPerChar:F4} accuracy={Accuracy:F4}");
}
