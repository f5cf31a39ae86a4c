import { phaseEnd } from '../campaign.service';

describe('the five-year phase a PHASE campaign spans without endYear (section 9)', () => {
  it.each([
    [2021, 2025],
    [2023, 2025],
    [2025, 2025],
    [2026, 2030],
    [2030, 2030],
    [2031, 2035],
    [2020, 2020],
    [2016, 2020],
  ])('a plan launched in %i ends in %i', (year, end) => {
    expect(phaseEnd(year)).toBe(end);
  });
});
