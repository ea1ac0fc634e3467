import { useId } from 'react';
import './plot.css';

interface LogSliderProps {
  label: string;
  /** Slider position: an exponent, or an index into a list of exponents. */
  position: number;
  min: number;
  max: number;
  step: number;
  onChange: (position: number) => void;
  /** What the position means, e.g. "1e-4"; shown beside the slider and read by screen readers. */
  valueText: string;
}

/** A range input over exponents, so 1e−10 … 10 gets as much room as 1 … 10. */
export function LogSlider({ label, position, min, max, step, onChange, valueText }: LogSliderProps) {
  const id = useId();
  return (
    <div className="gd-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={position}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id} className="value">{valueText}</output>
    </div>
  );
}
