/** The CJK-first font stack; src/web/styles.css repeats it for CSS (Cytoscape needs it in JS). */
export const CJK_FONT_STACK =
  '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","Noto Sans CJK TC",system-ui,sans-serif';
