import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** The screen's one h1 (sized as a section title): the heading a screen reader lands on. */
export function PageTitle({ children, testId, id }: { children: ReactNode; testId?: string; id?: string }) {
  return (
    <Typography.Title level={1} className="page-title" data-testid={testId} id={id}>
      {children}
    </Typography.Title>
  );
}
