using Grader.Core.Problems.CharRnn;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator.CharRnn;

namespace Reference.Tests.CharRnn;

/// <summary>The fast network of the training command computes what the answer key computes.</summary>
public sealed class FastCharRnnTests
{
    [TestCaseSource(typeof(RnnCase), nameof(RnnCase.Shapes))]
    public void Its_gradients_equal_the_answer_keys(int hidden, int length, long seed)
    {
        var c = RnnCase.Random(hidden, length, seed);
        var key = c.Key();
        var keyLoss = key.Backward(c.Inputs, c.Targets);
        var fast = c.Fast();
        var fastLoss = fast.Gradients(c.Inputs, c.Targets);
        var (du, dw, dv, db, dc) = fast.GradientArrays(c.Inputs);

        Assert.That(fastLoss, Is.EqualTo(keyLoss).Within(1e-12).Percent);
        Gradients.AssertClose(du, key.DU.ToRowMajorArray(), "dU", 1e-12);
        Gradients.AssertClose(dw, key.DW.ToRowMajorArray(), "dW", 1e-12);
        Gradients.AssertClose(dv, key.DV.ToRowMajorArray(), "dV", 1e-12);
        Gradients.AssertClose(db, key.DB.ToArray(), "db", 1e-12);
        Gradients.AssertClose(dc, key.DC.ToArray(), "dc", 1e-12);
    }

    [TestCase(3, 1, 41L)]
    [TestCase(6, 2, 42L)]
    [TestCase(9, 10, 43L)]
    [TestCase(5, 25, 44L)]
    public void Its_gradients_match_central_differences_of_its_own_forward(int hidden, int length, long seed)
    {
        var c = RnnCase.Random(hidden, length, seed);
        var fast = c.Fast();
        fast.Gradients(c.Inputs, c.Targets);
        var (du, dw, dv, db, dc) = fast.GradientArrays(c.Inputs);

        double Loss(RnnCase shifted)
        {
            var p = shifted.Fast().Forward(shifted.Inputs).ToArray();
            return Gradients.Loss(Matrix<double>.Build.DenseOfRowMajor(length, FastCharRnn.K, p), shifted.Targets);
        }
        Gradients.AssertClose(du, Gradients.Numeric(c.U, m => Loss(c with { U = m })), "dU", 1e-7);
        Gradients.AssertClose(dw, Gradients.Numeric(c.W, m => Loss(c with { W = m })), "dW", 1e-7);
        Gradients.AssertClose(dv, Gradients.Numeric(c.V, m => Loss(c with { V = m })), "dV", 1e-7);
        Gradients.AssertClose(db, Gradients.Numeric(c.B, v => Loss(c with { B = v })), "db", 1e-7);
        Gradients.AssertClose(dc, Gradients.Numeric(c.C, v => Loss(c with { C = v })), "dc", 1e-7);
    }

    [TestCase(1, 7)]
    [TestCase(1, 26)]
    [TestCase(2, 26)]
    [TestCase(2, 40)]
    public void Its_SGD_epochs_on_one_or_two_threads_equal_the_graders_training_with_the_answer_key(int threads, int hidden)
    {
        var c = RnnCase.Random(hidden, 6, 77);
        var samples = Enumerable.Range(0, 5).Select(s => RnnCase.Random(hidden, 6, 80 + s)).ToArray();
        int[][] inputs = samples.Select(s => s.Inputs).ToArray();
        int[][] targets = samples.Select(s => s.Targets).ToArray();
        int[][] order = [[0, 1, 2, 3, 4], [4, 2, 0, 3, 1]];

        var training = new CharRnnTraining(c.U, c.W, c.V, c.B, c.C);
        var key = new Reference.Solutions.CharRnn();
        training.Train(key, inputs, targets, order, 0.1);
        var fast = new FastCharRnn(hidden, c.U.ToRowMajorArray(), c.W.ToRowMajorArray(), c.V.ToRowMajorArray(), c.B.ToArray(), c.C.ToArray(), threads);
        foreach (var epoch in order)
        {
            fast.Train(epoch, inputs, targets, 0.1);
        }

        var (u, w, v, b, bc) = fast.Weights();
        Gradients.AssertClose(u, key.U.ToRowMajorArray(), "U", 1e-12);
        Gradients.AssertClose(w, key.W.ToRowMajorArray(), "W", 1e-12);
        Gradients.AssertClose(v, key.V.ToRowMajorArray(), "V", 1e-12);
        Gradients.AssertClose(b, key.B.ToArray(), "b", 1e-12);
        Gradients.AssertClose(bc, key.C.ToArray(), "c", 1e-12);
        Assert.That(Gradients.RelativeError(w, c.W.ToRowMajorArray()), Is.GreaterThan(1e-3), "the weights moved");
        Gradients.AssertClose(fast.Forward(inputs[1]).ToArray(), key.Forward(inputs[1]).ToRowMajorArray(), "y", 1e-12);
        Assert.That(fast.TrainStep(inputs[0], targets[0], 0), Is.EqualTo(key.Backward(inputs[0], targets[0])).Within(1e-10).Percent);
    }
}
