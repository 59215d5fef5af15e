import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** The centred card the start screens (setup, unlock) share. */
export function VaultCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex component="main" className="vault-screen" vertical align="center" justify="center" gap="middle">
      <Flex justify="space-between" align="center" className="vault-card-top">
        <Typography.Text strong>{t('app.title')}</Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Card className="vault-card" title={<h1 className="vault-card-title">{title}</h1>}>
        {children}
      </Card>
    </Flex>
  );
}
