using System.Globalization;
using System.Runtime.CompilerServices;
using Grader.Core.Numerics;
using Grader.Toolkit;

namespace Grader.Core.Problems.MlpSelection;

/// <summary>Settings re-trained for one module's checks, so that two checks judging the same report row of the same
/// case train it once. The runs of a case share its inputs' object, which keys them (and lets them go with it).</summary>
internal sealed class ReTrainedSettings
{
    private readonly ConditionalWeakTable<IReadOnlyDictionary<string, NumericArray>, Dictionary<string, (MlpParameters, double, double)>> _runs = new();

    /// <summary>The setting of a valid report row trained on the case's training set with its seed, and its two accuracies.</summary>
    public (MlpParameters Parameters, double Train, double Dev) Train(IReadOnlyDictionary<string, NumericArray> inputs, double[] row)
    {
        var runs = _runs.GetOrCreateValue(inputs);
        lock (runs)
        {
            var key = string.Join(",", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            if (!runs.TryGetValue(key, out var run))
            {
                var data = SelectionData.Of(inputs);
                var parameters = SelectionReport.Parameters(row, new MlpParameters { RandomState = data.RandomState });
                var model = new MlpClassifier(parameters).Fit(data.TrainX, data.TrainY);
                runs[key] = run = (parameters, model.Score(data.TrainX, data.TrainY), model.Score(data.DevX, data.DevY));
            }
            return run;
        }
    }
}
