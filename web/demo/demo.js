// The host page's own pym.js parent: the standard two lines a newsroom uses.
new pym.Parent('scorecard-frame', '../index.html', { title: '零陵区脱贫攻坚数据卡' });
