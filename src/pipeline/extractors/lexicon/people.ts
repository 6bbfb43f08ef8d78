/**
 * People are found by their titles (`院长钟海涛`, `刘伟院长`, `Huang Pengyu, director of …`) and
 * a Chinese name is a known surname plus one or two characters. Simplified only.
 */
const chars = (text: string) => new Set(text.replace(/\s+/g, '').split(''));

/** The common single-character surnames (about 400 of the 百家姓 and modern frequency lists). */
export const SURNAMES = chars(`
  王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤
  常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由
`);

export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '西门',
  '南宫',
];

/**
 * Title endings: a title is an optional rank (`副`, `常务副`, `党委`), a field and one of these
 * (`副总经理`, `妇幼处处长`, `副局长级干部`, `主任医师`).
 */
export const TITLE_ENDINGS = [
  '秘书长',
  '理事长',
  '董事长',
  '委员长',
  '院长',
  '校长',
  '所长',
  '局长',
  '处长',
  '科长',
  '厅长',
  '部长',
  '市长',
  '区长',
  '县长',
  '省长',
  '镇长',
  '会长',
  '社长',
  '台长',
  '行长',
  '站长',
  '组长',
  '队长',
  '团长',
  '司长',
  '署长',
  '总经理',
  '经理',
  '总裁',
  '总监',
  '主任医师',
  '主任',
  '书记',
  '主席',
  '院士',
  '教授',
  '研究员',
  '博士',
  '董事',
  '监事',
  '总工程师',
  '工程师',
  '干部',
  '创始人',
  '负责人',
  '首席执行官',
  '首席科学家',
  '主任委员',
  '党组成员',
  '党委委员',
  '委员',
  '专家',
  '记者',
  '编辑',
  '责编',
];

/** Titles that stand alone after a name (`顾晓松院士`, `刘伟院长`) — not `委员`, `专家`, `记者` which follow other nouns. */
export const TITLES_AFTER_NAME = new Set(
  TITLE_ENDINGS.filter((t) => !['委员', '专家', '干部', '负责人', '董事', '监事'].includes(t)),
);

/** Ranks and fields that may open a title (`副`, `常务副`, `党委副`, `执行`). */
export const TITLE_PREFIX = /(?:常务|执行|名誉|首席|第一)?副?$/;

/** English titles after `Name, ` (`director of …`, `Secretary-General of …`, `deputy section chief`). */
export const TITLES_EN =
  /^(?:the\s+)?(?:(?:deputy|vice|executive|honorary|founding|acting|chief)\s+)*(?:secretary[- ]general|general secretary|director(?:[- ]general)?|president|chairman|chairwoman|chair|dean|head|chief executive|chief|professor|vice president|section chief|division chief|party secretary|secretary|mayor|governor|minister|ceo|founder|manager|general manager|researcher|academician)\b/i;
