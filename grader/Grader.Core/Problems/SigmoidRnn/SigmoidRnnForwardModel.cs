using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.SigmoidRnn;

/// <summary>The scalar sigmoid RNN: dh_t/dw1 differentiates every state of States, dL/dw1 the submission's Loss.</summary>
internal sealed class SigmoidRnnForwardModel : IForwardModel
{
    public IReadOnlyList<GradientLink> Gradients { get; } =
        [new("dh_dw1", "w1", ["h"], AlongOutput: true), new("dL_dw1", "w1", ["h", "L"])];

    public NumericArray Evaluate(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, GradientLink link)
    {
        var rnn = (ISigmoidRnn)implementation;
        rnn.W1 = inputs["w1"].ToScalar();
        rnn.W2 = inputs["w2"].ToScalar();
        rnn.Wo = inputs["wo"].ToScalar();
        rnn.B = inputs["b"].ToScalar();
        return link.AlongOutput
            ? NumericArray.FromVector(rnn.States(inputs["x"].ToVector()))
            : NumericArray.Scalar(rnn.Loss(inputs["x"].ToVector(), inputs["y"].ToScalar()));
    }
}
