using System.Reflection;
using Grader.Core.Execution;
using Grader.Core.Grading;
using Grader.Core.Numerics;

namespace Grader.Core.Diagnosis;

/// <summary>Central finite differences of a submission's own forward pass, evaluated where student code runs.</summary>
/// <remarks>The step is h = 1e-5·max(1, |θ|): for a smooth function the central difference has a truncation error of
/// about h²·|f'''|/6 ≈ 1e-11 relative and a rounding error of about ε·|f|/h ≈ 2e-11·|f|, so the estimate is good to
/// roughly eight digits, far inside the rtol 1e-4, atol 1e-6 that <see cref="GradientConsistency"/> allows. A ReLU kink
/// within h of a pre-activation is the one place it can mislead, and that has a probability of order 1e-5 per unit.</remarks>
internal static class FiniteDifferences
{
    public const double RelativeStep = 1e-5;

    /// <summary>Estimates every probed element. A gradient whose evaluations throw gets that failure; the others their
    /// estimates in the order probed (NaN where the forward was not finite).</summary>
    /// <param name="create">A fresh implementation for each evaluation, or a failure saying why there is none.</param>
    public static CaseOutcome Estimate(
        IForwardModel model, Func<(object? Implementation, StudentFailure? Failure)> create, DifferentiationCall call, Assembly? student)
    {
        var outcomes = new Dictionary<string, QuantityOutcome>(StringComparer.Ordinal);
        foreach (var (gradient, probes) in call.Probes)
        {
            var link = model.Gradients.FirstOrDefault(g => g.Gradient == gradient);
            outcomes[gradient] = link is null || !call.Inputs.TryGetValue(link.Parameter, out var parameter)
                ? QuantityOutcome.Failed(new StudentFailure(CheckStatus.NotGraded, $"{gradient} is not a gradient of a forward pass of {call.Problem}."))
                : EstimateOne(model, link, parameter, probes, create, call.Inputs, student);
        }
        return new CaseOutcome(outcomes, "");
    }

    private static QuantityOutcome EstimateOne(
        IForwardModel model, GradientLink link, NumericArray parameter, int[] probes,
        Func<(object? Implementation, StudentFailure? Failure)> create, IReadOnlyDictionary<string, NumericArray> inputs, Assembly? student)
    {
        var estimates = new double[probes.Length];
        // Along an output every probe perturbs the one scalar parameter, so a single pair of evaluations serves them all.
        var pairs = new Dictionary<int, (NumericArray Plus, NumericArray Minus, double Step)>();
        for (var k = 0; k < probes.Length; k++)
        {
            var element = link.AlongOutput ? 0 : probes[k];
            if (element < 0 || element >= parameter.Data.Length)
            {
                return QuantityOutcome.Failed(new StudentFailure(CheckStatus.NotGraded, $"{link.Gradient} has no element {probes[k]} to probe."));
            }
            if (!pairs.TryGetValue(element, out var pair))
            {
                var theta = parameter.Data[element];
                var step = RelativeStep * Math.Max(1, Math.Abs(theta));
                var (plusAt, minusAt) = (theta + step, theta - step);
                var plus = Evaluate(model, link, With(inputs, link.Parameter, parameter, element, plusAt), create, student, out var failure);
                var minus = plus is null ? null : Evaluate(model, link, With(inputs, link.Parameter, parameter, element, minusAt), create, student, out failure);
                if (plus is null || minus is null)
                {
                    return QuantityOutcome.Failed(failure!);
                }
                // The difference of the two representable points, not 2h: it keeps rounding of θ ± h out of the estimate.
                pair = (plus, minus, plusAt - minusAt);
                pairs[element] = pair;
            }
            var output = link.AlongOutput ? probes[k] : 0;
            estimates[k] = output < pair.Plus.Data.Length && output < pair.Minus.Data.Length
                ? (pair.Plus.Data[output] - pair.Minus.Data[output]) / pair.Step
                : double.NaN;
        }
        return QuantityOutcome.Of(NumericArray.FromVector(estimates));
    }

    private static NumericArray? Evaluate(
        IForwardModel model, GradientLink link, IReadOnlyDictionary<string, NumericArray> inputs,
        Func<(object? Implementation, StudentFailure? Failure)> create, Assembly? student, out StudentFailure? failure)
    {
        var (implementation, notCreated) = create();
        failure = notCreated;
        if (implementation is null)
        {
            return null;
        }
        try
        {
            return model.Evaluate(implementation, inputs, link);
        }
        catch (Exception e)
        {
            failure = StudentExceptions.Classify(e, $"Your forward pass (evaluated for finite differences of {link.Gradient})", student);
            return null;
        }
    }

    private static Dictionary<string, NumericArray> With(
        IReadOnlyDictionary<string, NumericArray> inputs, string name, NumericArray parameter, int element, double value)
    {
        var data = (double[])parameter.Data.Clone();
        data[element] = value;
        var copy = inputs.ToDictionary(i => i.Key, i => i.Value);
        copy[name] = new NumericArray(parameter.Shape, data);
        return copy;
    }
}
