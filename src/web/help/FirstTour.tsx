// The first-login tour for a township's clerk: a few steps pointing at the menu, the board, the
// ledgers, the annual report and the help menu. Shown once per user (shell/HelpMenu.tsx remembers
// it), skippable at every step, re-opened from the help menu. Loaded only when it shows.
import { Button, Tour, type TourProps } from 'antd';

export const TOUR_TEXT = {
  steps: [
    {
      title: '欢迎使用法治政府建设工作台',
      description: '用一分钟认识工作台的几个主要位置。随时可以点“跳过”，以后可在右上角“帮助”中重新打开。',
      target: null,
    },
    {
      title: '菜单',
      description: '左侧是功能菜单，只显示您的角色可以使用的页面。点击顶部的标志可回到首页。',
      target: '.ant-pro-sider',
    },
    {
      title: '待办预警',
      description: '每条未办结记录的法定期限都在这里：红牌是已逾期，黄牌是快到期，请先处理红牌。',
      target: '.ant-pro-sider a[href^="/deadlines"]',
    },
    {
      title: '台账',
      description:
        '各项工作的台账：登记记录，在记录详情的“办理”栏推进每一步；办不了的步骤会写明缺少什么、依据哪一条。',
      target: '.ant-pro-sider a[href^="/ledgers/"]',
    },
    {
      title: '年度报告',
      description: '年度法治政府建设情况报告由台账数据起草，补写、检查、提交审核和报送都在这里完成。',
      target: '.ant-pro-sider a[href^="/reports"]',
    },
    {
      title: '帮助',
      description: '每个页面都有“本页说明”：用途、法律规定和各状态的含义。新手引导也可以从这里再次打开。',
      target: '[data-testid="help-menu"]',
    },
  ],
  skip: '跳过',
  prev: '上一步',
  next: '下一步',
  finish: '开始使用',
} as const;

export default function FirstTour({ onClose }: { onClose: () => void }) {
  const steps: TourProps['steps'] = TOUR_TEXT.steps.map((s, i) => {
    const last = i === TOUR_TEXT.steps.length - 1;
    return {
      title: s.title,
      description: s.description,
      // a target missing on this screen (a phone's folded menu) shows the step in the middle
      target: s.target ? () => document.querySelector<HTMLElement>(s.target) as HTMLElement : null,
      nextButtonProps: { children: last ? TOUR_TEXT.finish : TOUR_TEXT.next },
      prevButtonProps: { children: TOUR_TEXT.prev },
    };
  });
  return (
    <Tour
      open
      steps={steps}
      onClose={onClose}
      onFinish={onClose}
      indicatorsRender={(current, total) => (
        <span>
          {current + 1} / {total}
          <Button type="link" size="small" onClick={onClose} data-testid="tour-skip">
            {TOUR_TEXT.skip}
          </Button>
        </span>
      )}
    />
  );
}
