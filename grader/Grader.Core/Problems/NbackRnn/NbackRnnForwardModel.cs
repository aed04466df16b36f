using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.NbackRnn;

/// <summary>The n-back RNN: the gradients are those of the submission's own Loss J.</summary>
internal sealed class NbackRnnForwardModel : IForwardModel
{
    private static readonly string[] Forward = ["y_hat", "J"];

    public IReadOnlyList<GradientLink> Gradients { get; } =
        [new("dU", "U", Forward), new("dV", "V", Forward), new("dw", "w", Forward)];

    public NumericArray Evaluate(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, GradientLink link)
    {
        var rnn = (INbackRnn)implementation;
        rnn.U = inputs["U"].ToMatrix();
        rnn.V = inputs["V"].ToMatrix();
        rnn.W = inputs["w"].ToVector();
        return NumericArray.Scalar(rnn.Loss(inputs["x"].ToMatrix(), inputs["y"].ToVector()));
    }
}
