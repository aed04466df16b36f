using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.CharRnn;

/// <summary>The character RNN: Backward's gradients are those of L = Σ_t −log y_t[target_t], with y_t from the
/// submission's own Forward (the loss Backward returns is itself computed in the backward call, so it is not used).</summary>
internal sealed class CharRnnForwardModel : IForwardModel
{
    private static readonly string[] Forward = ["probs"];

    public IReadOnlyList<GradientLink> Gradients { get; } =
    [
        new("dU", "U", Forward), new("dW", "W", Forward), new("dV", "V", Forward), new("db", "b", Forward), new("dc", "c", Forward),
    ];

    public NumericArray Evaluate(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, GradientLink link)
    {
        var rnn = (ICharRnn)implementation;
        CharRnnTraining.FromInputs(inputs).SetWeights(rnn);
        var x = inputs["x"].Data.Select(v => (int)v).ToArray();
        var y = inputs["y"].Data.Select(v => (int)v).ToArray();
        var probs = rnn.Forward(x);
        var loss = 0.0;
        for (var t = 0; t < y.Length; t++)
        {
            loss -= Math.Log(probs[t, y[t]]);
        }
        return NumericArray.Scalar(loss);
    }
}
