import { useEffect, useReducer, useRef, useState } from 'react';
import { ArrowLeftOutlined, DesktopOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { deckContentSchema, type BlockKind, type Deck } from '../../../../shared/features/briefings';
import { useLanguage } from '../../app/language';
import { PageTitle } from '../../app/PageTitle';
import { QueryFallback } from '../../app/QueryFallback';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useLeaveGuard } from '../../app/useLeaveGuard';
import { toErrorInfo } from '../../lib/api';
import { issuesToFieldErrors, serverIssues, type FieldError, type IssueLike } from '../../lib/fieldErrors';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { BlockEditor } from './BlockEditor';
import { DeckPdfPanel } from './DeckPdfPanel';
import { DeckPreview } from './DeckPreview';
import { RecordDeckGivenButton } from './RecordDeckGivenButton';
import { editorReducer, editorStateOf, newBlock, type EditorAction } from './deckEditorModel';
import { briefingPaths } from './paths';
import { SlideList } from './SlideList';
import { VersionHistory } from './VersionHistory';

/** The deck's address: its latest version, or `?version=N` to read an older one. */
export function DeckEditorPage({ id }: { id: string }) {
  const [params] = useSearchParams();
  const version = Number(params.get('version')) || undefined;
  const deck = useChannelQuery('briefings.get', version ? { id, version } : { id }, {
    refetchOnMount: 'always',
  });
  if (!deck.data || !deck.isFetchedAfterMount)
    return <QueryFallback error={deck.error} retry={() => void deck.refetch()} />;
  return (
    <DeckEditor
      key={`${deck.data.id}:${deck.data.latest ? 'latest' : deck.data.version}`}
      opened={deck.data}
    />
  );
}

const FORM = 'deck';

function DeckEditor({ opened }: { opened: Deck }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const { settings } = useSettings();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { guard, prompt } = useLeaveGuard();
  const [base, setBase] = useState(opened);
  const [state, dispatchRaw] = useReducer(editorReducer, opened, editorStateOf);
  const [dirty, setDirty] = useState(false);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [history, setHistory] = useState(false);
  const readOnly = !base.latest;
  const slide = state.content.slides[state.selected];

  const dispatch = (action: EditorAction) => {
    dispatchRaw(action);
    if (action.type !== 'select') {
      setDirty(true);
      guard.changed(FORM);
    }
  };
  const adopt = (deck: Deck) => {
    guard.saved(FORM);
    setDirty(false);
    setFields([]);
    setGeneral([]);
    setConflict(false);
    setBase(deck);
  };

  const save = useChannelMutation('briefings.save', {
    onSuccess: (saved) => {
      adopt(saved);
      void message.success(t('deckEditor.saved', { version: saved.version }));
    },
    onError: (error) => {
      const info = toErrorInfo(error);
      if (info.code === 'CONFLICT') setConflict(true);
      else if (info.code === 'VALIDATION')
        showIssues(
          serverIssues(info.details).map((i) => ({
            ...i,
            path: i.path[0] === 'content' ? i.path.slice(1) : i.path,
          })),
        );
      else void message.error(errorText(error));
    },
  });
  const restore = useChannelMutation('briefings.restore', {
    onSuccess: (restored) => {
      setHistory(false);
      void message.success(t('deckEditor.restored', { version: restored.version }));
      adopt(restored);
      dispatchRaw({ type: 'load', deck: restored });
      if (readOnly) void navigate(briefingPaths.editor(restored.id));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  function showIssues(issues: readonly IssueLike[]) {
    const mapped = issuesToFieldErrors(issues, language);
    setFields(mapped.fields);
    setGeneral(mapped.general);
    const first = mapped.fields.find((f) => f.name[0] === 'slides');
    if (typeof first?.name[1] === 'number') dispatchRaw({ type: 'select', index: first.name[1] });
  }

  const submit = () => {
    if (readOnly || save.isPending) return;
    const parsed = deckContentSchema.safeParse(state.content);
    if (!parsed.success) return showIssues(parsed.error.issues);
    save.mutate({ id: base.id, baseVersion: base.version, content: parsed.data });
  };
  const latestSubmit = useRef(submit);
  useEffect(() => {
    latestSubmit.current = submit;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        latestSubmit.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const errorOf = (...path: (string | number)[]) =>
    fields.find((f) => JSON.stringify(f.name) === JSON.stringify(path))?.errors.join('；');
  const add = (kind: BlockKind) => dispatch({ type: 'add', block: newBlock(kind, settings.kyc.gradeScale) });

  return (
    <Flex vertical gap="middle">
      {prompt}
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap>
          <Link to={briefingPaths.list} aria-label={t('deckEditor.back')}>
            <ArrowLeftOutlined />
          </Link>
          <PageTitle testId="deck-title">{base.title}</PageTitle>
          <Tag data-testid="deck-editor-version">{t('briefings.versionN', { version: base.version })}</Tag>
          {dirty ? <Tag color="orange">{t('deckEditor.unsaved')}</Tag> : null}
        </Space>
        <Space wrap>
          {readOnly ? null : (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={submit}
              aria-keyshortcuts="Control+S"
              data-testid="deck-save"
            >
              {t('deckEditor.save')}
            </Button>
          )}
          <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)} data-testid="deck-history">
            {t('deckEditor.history')}
          </Button>
          <Button
            icon={<DesktopOutlined />}
            href={`#${briefingPaths.present(base.id)}`}
            data-testid="deck-present"
          >
            {t('deckEditor.present')}
          </Button>
          <RecordDeckGivenButton deck={base} />
        </Space>
      </Flex>
      {readOnly ? (
        <Alert
          type="info"
          showIcon
          title={t('deckEditor.readOnly', { version: base.version })}
          action={
            <Space>
              <Button
                size="small"
                loading={restore.isPending}
                onClick={() => restore.mutate({ id: base.id, version: base.version })}
                data-testid="deck-restore"
              >
                {t('deckEditor.restore')}
              </Button>
              <Button size="small" onClick={() => void navigate(briefingPaths.editor(base.id))}>
                {t('deckEditor.backToLatest')}
              </Button>
            </Space>
          }
        />
      ) : null}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          title={t('deckEditor.conflict')}
          action={
            <Button size="small" onClick={() => void navigate(0)}>
              {t('deckEditor.reload')}
            </Button>
          }
        />
      ) : null}
      {general.length > 0 ? <Alert type="error" showIcon title={general.join('；')} /> : null}
      <DeckPdfPanel deckId={base.id} version={base.version} />
      <Flex gap="middle" align="start" wrap>
        <Card size="small" style={{ width: 280 }}>
          <SlideList
            slides={state.content.slides}
            selected={state.selected}
            readOnly={readOnly}
            dispatch={dispatch}
            onAdd={add}
          />
        </Card>
        <Card size="small" style={{ flex: '1 1 360px', minWidth: 320 }}>
          <Flex vertical gap="small">
            <label htmlFor="deck-title-input">{t('deckEditor.deckTitle')}</label>
            <Input
              id="deck-title-input"
              value={state.content.title}
              disabled={readOnly}
              onChange={(e) => dispatch({ type: 'title', title: e.target.value })}
              data-testid="deck-title-input"
            />
            {errorOf('title') ? <Typography.Text type="danger">{errorOf('title')}</Typography.Text> : null}
            {slide ? (
              <>
                <BlockEditor
                  key={slide.id}
                  block={slide.block}
                  readOnly={readOnly}
                  onChange={(block) => dispatch({ type: 'block', index: state.selected, block })}
                  errorOf={(field) => errorOf('slides', state.selected, 'block', field)}
                />
                <label htmlFor="deck-notes">{t('deckEditor.notes')}</label>
                <Input.TextArea
                  id="deck-notes"
                  rows={4}
                  value={slide.notes}
                  disabled={readOnly}
                  onChange={(e) => dispatch({ type: 'notes', index: state.selected, notes: e.target.value })}
                  data-testid="deck-notes"
                />
              </>
            ) : null}
          </Flex>
        </Card>
        <DeckPreview deckId={base.id} version={base.version} slide={slide} />
      </Flex>
      <VersionHistory
        deckId={base.id}
        open={history}
        current={base.version}
        restoring={restore.isPending}
        onClose={() => setHistory(false)}
        onView={(version) => {
          setHistory(false);
          void navigate(`${briefingPaths.editor(base.id)}?version=${version}`);
        }}
        onRestore={(version) => restore.mutate({ id: base.id, version })}
      />
    </Flex>
  );
}
