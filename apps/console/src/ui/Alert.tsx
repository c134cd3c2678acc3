import type { ReactNode } from 'react';

type Tone = 'error' | 'success' | 'info';

const TONES: Record<Tone, string> = {
  error: 'border-error-1 bg-red-50 text-error-2',
  success: 'border-success-1 bg-green-50 text-success-2',
  info: 'border-blue-600 bg-blue-50 text-blue-1000',
};

export function Alert({ tone = 'error', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-8 border-l-4 px-4 py-3 ${TONES[tone]}`}>
      {children}
    </div>
  );
}
