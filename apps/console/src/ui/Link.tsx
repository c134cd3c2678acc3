import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

/** A router link styled as a link, with a visible focus. */
export const TextLink = createLink(
  forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(function TextLink(props, ref) {
    return (
      <a
        ref={ref}
        {...props}
        className={`text-blue-1000 underline underline-offset-4 hover:text-blue-1200 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow ${props.className ?? ''}`}
      />
    );
  }),
);
