import { CombinedError } from '@urql/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { I18nProvider } from '../../../i18n/i18n';
import { DueList } from '../components/due-list';
import { EvaluationForm } from '../components/evaluation-form';
import { PathwayList } from '../components/pathway-list';
import { draftOf, PlanForm } from '../components/plan-form';
import { RatingsChart } from '../components/ratings-chart';
import { ReplicationTable } from '../components/replication-table';
import { currentPeriod, dueFromInput, isPeriodLabel } from '../periods';

const badInput = (field: string, code = 'BAD_USER_INPUT') =>
  new CombinedError({ graphQLErrors: [{ message: 'bad', extensions: { code, field } }] });

const plan = {
  goals: 'Nhân rộng mô hình ra toàn huyện',
  targetYear: 2027,
  evaluationPeriod: 'QUARTER' as const,
  targetDistinction: { code: 'CHIEN_SI_THI_DUA_CAP_TINH' },
  actions: [{ text: 'Tổ chức chuyên đề', dueAt: '2027-01-15T10:00:00.000Z', responsible: { id: 'u1' } }],
};

describe('the fostering plan form', () => {
  it('sends the plan as the contract wants it: codes, a year, due dates at 17:00 in Vietnam', () => {
    const onSave = vi.fn();
    render(
      <I18nProvider language="vi">
        <PlanForm
          initial={draftOf(plan)}
          distinctions={[{ code: 'CHIEN_SI_THI_DUA_CAP_TINH', name: 'Chiến sĩ thi đua cấp tỉnh' }]}
          units={[{ id: 'u1', name: 'Tổ Toán' }]}
          saving={false}
          error={null}
          onSave={onSave}
          onCancel={() => undefined}
        />
      </I18nProvider>,
    );
    expect((screen.getByLabelText('Hạn hoàn thành việc 1') as HTMLInputElement).value).toBe('2027-01-15');
    fireEvent.click(screen.getByText('Thêm việc'));
    fireEvent.change(screen.getByLabelText('Nội dung việc 2'), { target: { value: 'Viết sáng kiến' } });
    fireEvent.change(screen.getByLabelText('Hạn hoàn thành việc 2'), { target: { value: '2027-03-31' } });
    fireEvent.click(screen.getByTestId('plan-save'));
    expect(onSave).toHaveBeenCalledWith({
      goals: 'Nhân rộng mô hình ra toàn huyện',
      targetDistinctionCode: 'CHIEN_SI_THI_DUA_CAP_TINH',
      targetYear: 2027,
      evaluationPeriod: 'QUARTER',
      actions: [
        { text: 'Tổ chức chuyên đề', responsibleOrganizationId: 'u1', dueAt: '2027-01-15T10:00:00.000Z' },
        { text: 'Viết sáng kiến', responsibleOrganizationId: null, dueAt: '2027-03-31T10:00:00.000Z' },
      ],
    });
  });

  it('refuses an empty goal itself and shows the server’s refusal beside the field it names, keeping the input', () => {
    const onSave = vi.fn();
    const { rerender } = render(
      <I18nProvider language="vi">
        <PlanForm
          initial={draftOf(null)}
          distinctions={[]}
          units={[]}
          saving={false}
          error={null}
          onSave={onSave}
          onCancel={() => undefined}
        />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByTestId('plan-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Hãy ghi mục tiêu bồi dưỡng.');
    fireEvent.change(screen.getByLabelText('Mục tiêu'), { target: { value: 'Mục tiêu mới' } });
    fireEvent.click(screen.getByText('Thêm việc'));
    fireEvent.change(screen.getByLabelText('Nội dung việc 1'), { target: { value: 'Việc đã quá hạn' } });
    fireEvent.change(screen.getByLabelText('Hạn hoàn thành việc 1'), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByTestId('plan-save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    rerender(
      <I18nProvider language="vi">
        <PlanForm
          initial={draftOf(null)}
          distinctions={[]}
          units={[]}
          saving={false}
          error={badInput('actions[0].dueAt')}
          onSave={onSave}
          onCancel={() => undefined}
        />
      </I18nProvider>,
    );
    const due = screen.getByLabelText('Hạn hoàn thành việc 1') as HTMLInputElement;
    expect(due.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(due.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe('Hạn hoàn thành phải sau hôm nay.');
    expect(message.getAttribute('role')).toBe('alert');
    expect((screen.getByLabelText('Mục tiêu') as HTMLTextAreaElement).value).toBe('Mục tiêu mới');
    expect((screen.getByLabelText('Nội dung việc 1') as HTMLInputElement).value).toBe('Việc đã quá hạn');
  });
});

describe('the evaluation form', () => {
  it('checks the period label, and says a repeated period beside the period field', () => {
    const onSave = vi.fn();
    const { rerender } = render(
      <I18nProvider language="vi">
        <EvaluationForm defaultPeriod="2026-Q4" saving={false} error={null} onSave={onSave} />
      </I18nProvider>,
    );
    const period = screen.getByTestId('evaluation-period') as HTMLInputElement;
    fireEvent.change(period, { target: { value: 'quý 4' } });
    fireEvent.click(screen.getByTestId('evaluation-submit'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('2026-Q4, 2026-H2 hoặc 2026');
    fireEvent.change(period, { target: { value: '2026-q3' } });
    fireEvent.change(screen.getByLabelText('Tác dụng, hiệu quả'), { target: { value: 'EXCELLENT' } });
    fireEvent.change(screen.getByLabelText('Khó khăn, vướng mắc'), { target: { value: 'Thiếu kinh phí' } });
    fireEvent.click(screen.getByTestId('evaluation-submit'));
    expect(onSave).toHaveBeenCalledWith({
      period: '2026-Q3',
      effect: 'EXCELLENT',
      influence: 'GOOD',
      potential: 'GOOD',
      difficulties: 'Thiếu kinh phí',
      support: '',
    });
    rerender(
      <I18nProvider language="vi">
        <EvaluationForm
          defaultPeriod="2026-Q4"
          saving={false}
          error={new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] })}
          onSave={onSave}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Kỳ 2026-Q3 đã được đánh giá; mỗi kỳ chỉ một lần.');
    expect((screen.getByLabelText('Khó khăn, vướng mắc') as HTMLTextAreaElement).value).toBe(
      'Thiếu kinh phí',
    );
  });
});

describe('lists and figures', () => {
  it('marks overdue evaluations and keeps the server’s order (overdue first)', () => {
    const now = new Date('2026-12-06T04:00:00Z');
    render(
      <I18nProvider language="vi">
        <Router>
          <DueList
            now={now}
            items={[
              {
                id: 'b',
                title: 'Thư viện xanh',
                nextEvaluationDue: '2025-09-30T17:00:00Z',
                organization: { name: 'Trường 2' },
              },
              {
                id: 'a',
                title: 'Lớp học hạnh phúc',
                nextEvaluationDue: '2026-12-31T17:00:00Z',
                organization: { name: 'Trường 1' },
              },
            ]}
          />
        </Router>
      </I18nProvider>,
    );
    const rows = screen.getAllByTestId('evaluation-due-row');
    expect(rows.map((r) => [r.getAttribute('data-exemplar-id'), r.getAttribute('data-overdue')])).toEqual([
      ['b', 'true'],
      ['a', 'false'],
    ]);
    expect(within(rows[0]!).getByText('Quá hạn')).toBeTruthy();
    expect(rows[0]!.textContent).toContain('01/10/2025');
  });

  it('draws the ratings over time and says the latest in words', () => {
    render(
      <I18nProvider language="vi">
        <RatingsChart
          periods={[
            { period: '2025-Q1', effect: 'FAIR', influence: 'WEAK', potential: 'GOOD' },
            { period: '2025-Q2', effect: 'GOOD', influence: 'GOOD', potential: 'EXCELLENT' },
          ]}
        />
      </I18nProvider>,
    );
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Diễn biến đánh giá qua các kỳ. Kỳ gần nhất 2025-Q2: tác dụng Khá, sức lan tỏa Khá, triển vọng Tốt.',
    );
    const effect = chart.querySelector('[data-series="effect"] polyline')!.getAttribute('points')!;
    // FAIR (2) then GOOD (3): the second point is higher (smaller y).
    const ys = effect.split(' ').map((p) => Number(p.split(',')[1]));
    expect(ys[1]!).toBeLessThan(ys[0]!);
  });

  it('shows each missing condition’s sentence and the earliest year', () => {
    render(
      <I18nProvider language="vi">
        <PathwayList
          steps={[
            {
              eligible: false,
              missing: ['Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; còn thiếu năm 2026.'],
              earliestYear: 2026,
              distinction: {
                code: 'CHIEN_SI_THI_DUA_CAP_TINH',
                nameVi: 'Chiến sĩ thi đua cấp tỉnh',
                nameEn: 'x',
              },
            },
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('pathway-step').textContent).toContain('Chưa đủ điều kiện');
    expect(screen.getByTestId('pathway-step').textContent).toContain('Sớm nhất năm 2026');
    expect(screen.getByTestId('pathway-missing').textContent).toBe(
      'Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; còn thiếu năm 2026.',
    );
  });

  it('has a row per child linking to its own report, and totals as digits', () => {
    const figures = {
      exemplars: 1,
      evaluationsOnTime: 1,
      evaluationsOverdue: 0,
      adoptionsGiven: 1200,
      adoptionsTaken: 0,
    };
    render(
      <I18nProvider language="en">
        <Router>
          <ReplicationTable
            totals={{ ...figures, exemplars: 2 }}
            rows={[{ organization: { id: 'c1', name: 'School 1' }, ...figures }]}
            href={(id) => `/fostering/replication/${id}?year=2026`}
          />
        </Router>
      </I18nProvider>,
    );
    const row = screen.getByTestId('replication-child-row');
    expect(row.getAttribute('data-organization-id')).toBe('c1');
    expect(within(row).getByRole('link', { name: 'School 1' }).getAttribute('href')).toBe(
      '/fostering/replication/c1?year=2026',
    );
    expect(screen.getByTestId('replication-total-exemplars').textContent).toBe('2');
    expect(screen.getByRole('columnheader', { name: 'Adoptions given' })).toBeTruthy();
  });
});

describe('periods', () => {
  it('reads the period running in Vietnam and due dates at 17:00 there', () => {
    // 31/12 at 20:00 UTC is already 01/01 in Vietnam.
    const newYear = new Date('2026-12-31T20:00:00Z');
    expect(currentPeriod('QUARTER', newYear)).toBe('2027-Q1');
    expect(currentPeriod('HALF_YEAR', newYear)).toBe('2027-H1');
    expect(currentPeriod('YEAR', newYear)).toBe('2027');
    expect(dueFromInput('2027-03-31')).toBe('2027-03-31T10:00:00.000Z');
    expect(['2026-Q4', '2026-H2', '2026', '2026-Q5', '26-Q1'].map(isPeriodLabel)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
