using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.SoftmaxRnn;

/// <summary>The softmax RNN: the five gradients are those of the submission's own cross-entropy Loss.</summary>
internal sealed class SoftmaxRnnForwardModel : IForwardModel
{
    private static readonly string[] Forward = ["h", "z", "L"];

    public IReadOnlyList<GradientLink> Gradients { get; } =
    [
        new("dWxh", "Wxh", Forward), new("dWhh", "Whh", Forward), new("dbh", "bh", Forward),
        new("dWhz", "Whz", Forward), new("dbz", "bz", Forward),
    ];

    public NumericArray Evaluate(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, GradientLink link)
    {
        var rnn = (ISoftmaxRnn)implementation;
        rnn.Wxh = inputs["Wxh"].ToMatrix();
        rnn.Whh = inputs["Whh"].ToMatrix();
        rnn.Bh = inputs["bh"].ToVector();
        rnn.Whz = inputs["Whz"].ToMatrix();
        rnn.Bz = inputs["bz"].ToVector();
        var labels = inputs["y"].Data.Select(v => (int)v).ToArray();
        return NumericArray.Scalar(rnn.Loss(inputs["x"].ToMatrix(), labels));
    }
}
