// Package math/cmplx, as gosub provides it: the elementary functions of complex numbers,
// written from the package's documented definitions and special cases on top of package math.
// Not provided: Tan, Tanh, Cot and the inverse trigonometric and hyperbolic functions (Go
// computes them with series whose last bits a plain formula does not reproduce).
package cmplx

import "math"

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN: a NaN part makes x NaN only when no part is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase is the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Sqrt returns the principal square root, with the branch cut along the negative real axis.
// It works from the half-sum of |re| and the modulus, which loses no precision to cancellation.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if im == 0 {
		if re >= 0 || math.IsNaN(re) {
			return complex(math.Sqrt(re), im)
		}
		return complex(0, math.Copysign(math.Sqrt(-re), im))
	}
	if math.IsNaN(re) || math.IsNaN(im) {
		return NaN()
	}
	if math.IsInf(re, 1) {
		return complex(re, math.Copysign(0, im))
	}
	if math.IsInf(re, -1) {
		return complex(0, math.Copysign(math.Inf(1), im))
	}
	// Scale into a range where neither the modulus nor the half-sum overflows or underflows.
	scale := 1.0
	if math.Abs(re) > 1e300 || math.Abs(im) > 1e300 {
		re, im, scale = re/4, im/4, 2
	} else if math.Abs(re) < 1e-300 && math.Abs(im) < 1e-300 {
		re, im, scale = re*(1<<60), im*(1<<60), 1.0/(1<<30)
	}
	t := math.Sqrt((math.Abs(re) + math.Hypot(re, im)) / 2)
	if re >= 0 {
		return complex(t*scale, im/(2*t)*scale)
	}
	return complex(math.Abs(im)/(2*t)*scale, math.Copysign(t, im)*scale)
}

// Exp is e**x: e**re turned by im radians.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 1) && (im == 0 || math.IsInf(im, 0) || math.IsNaN(im)):
		if im == 0 {
			return x
		}
		return complex(math.Inf(1), math.NaN())
	case math.IsInf(re, -1) && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(0, 0)
	case math.IsNaN(re) && im == 0:
		return x
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

// Log is the natural logarithm: ln|x| + i·Phase(x).
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow is x**y, with Pow(0, y) following the documented special cases.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		re, im := real(y), imag(y)
		switch {
		case re == 0:
			return 1
		case re < 0:
			if im == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	mod := Abs(x)
	r := math.Pow(mod, real(y))
	arg := Phase(x)
	θ := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		θ += imag(y) * math.Log(mod)
	}
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// hyperbolic returns sinh(x) and cosh(x); beyond |x| = 1/2 both come from one exponential
// (e/2 ∓ 1/(2e)), which is how Go's results are rounded.
func hyperbolic(x float64) (sinh, cosh float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	half := math.Exp(x) * 0.5
	inv := 0.25 / half
	return half - inv, half + inv
}

func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	s, c := math.Sincos(re)
	sh, ch := hyperbolic(im)
	return complex(s*ch, c*sh)
}

func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	s, c := math.Sincos(re)
	sh, ch := hyperbolic(im)
	return complex(c*ch, -s*sh)
}

func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	s, c := math.Sincos(im)
	sh, ch := hyperbolic(re)
	return complex(c*sh, s*ch)
}

func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	s, c := math.Sincos(im)
	sh, ch := hyperbolic(re)
	return complex(c*ch, s*sh)
}
