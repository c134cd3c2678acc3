import { Button as AriaButton, type ButtonProps } from 'react-aria-components';

type Variant = 'primary' | 'secondary' | 'text';

const VARIANTS: Record<Variant, string> = {
  primary:
    'bg-blue-900 text-white hover:bg-blue-1000 pressed:bg-blue-1100 disabled:bg-solid-gray-300 px-5 py-2.5 rounded-8 font-bold',
  secondary:
    'border border-blue-900 text-blue-900 bg-white hover:bg-blue-50 pressed:bg-blue-100 disabled:text-solid-gray-420 disabled:border-solid-gray-300 px-5 py-2.5 rounded-8 font-bold',
  text: 'text-blue-900 underline underline-offset-4 hover:text-blue-1000 px-1 py-1',
};

export function Button({ variant = 'primary', className, ...props }: ButtonProps & { variant?: Variant }) {
  return (
    <AriaButton
      {...props}
      className={`${VARIANTS[variant]} cursor-pointer focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow ${typeof className === 'string' ? className : ''}`}
    />
  );
}
