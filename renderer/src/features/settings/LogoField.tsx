import { useRef } from 'react';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A PNG or JPEG logo kept as a data: URL (the schema checks its type and size). */
export function LogoField({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <Space align="center">
      {value ? <img src={value} alt={t('settings.logoPreview')} className="logo-preview" /> : null}
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept="image/png,image/jpeg"
        className="file-input"
        data-testid="settings-logo-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readAsDataUrl(file).then((url) => onChange?.(url));
        }}
      />
      <Button icon={<UploadOutlined />} onClick={() => inputRef.current?.click()}>
        {t('settings.logoUpload')}
      </Button>
      {value ? (
        <Button icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
          {t('settings.logoRemove')}
        </Button>
      ) : null}
    </Space>
  );
}
