/* schema.c - tables, rows, columns and keys of the 2021 and 2019 forms.
 *
 * Everything a binary knows about the form comes from the arrays below;
 * the keys are derived from them (row x column, row-major), which is the
 * canonical order of SCHEMA.md's appendices. */
#include "schema.h"
#include "buf.h"

#include <stdio.h>
#include <string.h>

/* ---- columns ---------------------------------------------------------- */

static const struct gipa_col col_rules21[] = {
	{"issued", "本年制发件数", NULL, UNIT_COUNT},
	{"repealed", "本年废止件数", NULL, UNIT_COUNT},
	{"valid", "现行有效件数", NULL, UNIT_COUNT},
};
static const struct gipa_col col_decisions21[] = {
	{"decisions", "本年处理决定数量", NULL, UNIT_COUNT},
};
static const struct gipa_col col_fees21[] = {
	{"amount", "本年收费金额（单位：万元）", NULL, UNIT_WAN_YUAN},
};
static const struct gipa_col col_rules19[] = {
	{"made", "本年新制作数量", NULL, UNIT_COUNT},
	{"published", "本年新公开数量", NULL, UNIT_COUNT},
	{"public_total", "对外公开总数量", NULL, UNIT_COUNT},
};
static const struct gipa_col col_items19[] = {
	{"prev_items", "上一年项目数量", NULL, UNIT_COUNT},
	{"change", "本年增/减", NULL, UNIT_SIGNED},
	{"decisions", "处理决定数量", NULL, UNIT_COUNT},
};
static const struct gipa_col col_fees19[] = {
	{"prev_items", "上一年项目数量", NULL, UNIT_COUNT},
	{"change", "本年增/减", NULL, UNIT_SIGNED},
};
static const struct gipa_col col_procure19[] = {
	{"projects", "采购项目数量", NULL, UNIT_COUNT},
	{"amount", "采购总金额", NULL, UNIT_MONEY},
};
static const struct gipa_col col_apply[] = {
	{"natural", "自然人", NULL, UNIT_COUNT},
	{"commercial", "商业企业", "法人或其他组织", UNIT_COUNT},
	{"research", "科研机构", "法人或其他组织", UNIT_COUNT},
	{"nonprofit", "社会公益组织", "法人或其他组织", UNIT_COUNT},
	{"legal", "法律服务机构", "法人或其他组织", UNIT_COUNT},
	{"other_org", "其他", "法人或其他组织", UNIT_COUNT},
	{"total", "总计", NULL, UNIT_COUNT},
};
static const struct gipa_col col_review[] = {
	{"upheld", "结果维持", NULL, UNIT_COUNT},
	{"corrected", "结果纠正", NULL, UNIT_COUNT},
	{"other", "其他结果", NULL, UNIT_COUNT},
	{"pending", "尚未审结", NULL, UNIT_COUNT},
	{"total", "总计", NULL, UNIT_COUNT},
};

#define COLS(a) a, (int)(sizeof a / sizeof a[0])

/* ---- table 二: active ------------------------------------------------- */

#define ART1 "第二十条第（一）项"
#define ART5 "第二十条第（五）项"
#define ART6 "第二十条第（六）项"
#define ART8 "第二十条第（八）项"
#define ART9 "第二十条第（九）项"

static const struct gipa_row active21[] = {
	{"rules", "规章", ART1, COLS(col_rules21), {"规章"}},
	{"normative", "行政规范性文件", ART1, COLS(col_rules21), {"规范性文件"}},
	{"license", "行政许可", ART5, COLS(col_decisions21), {"行政许可"}},
	{"penalty", "行政处罚", ART6, COLS(col_decisions21), {"行政处罚"}},
	{"coercion", "行政强制", ART6, COLS(col_decisions21), {"行政强制"}},
	{"fees", "行政事业性收费", ART8, COLS(col_fees21), {"事业性收费", "行政事业"}},
};

static const struct gipa_row active19[] = {
	{"rules", "规章", ART1, COLS(col_rules19), {"规章"}},
	{"normative", "规范性文件", ART1, COLS(col_rules19), {"规范性文件"}},
	{"license", "行政许可", ART5, COLS(col_items19), {"行政许可"}},
	{"services", "其他对外管理服务事项", ART5, COLS(col_items19), {"对外管理服务", "管理服务事项"}},
	{"penalty", "行政处罚", ART6, COLS(col_items19), {"行政处罚"}},
	{"coercion", "行政强制", ART6, COLS(col_items19), {"行政强制"}},
	{"fees", "行政事业性收费", ART8, COLS(col_fees19), {"事业性收费", "行政事业"}},
	{"procure", "政府集中采购", ART9, COLS(col_procure19), {"集中采购"}},
};

/* ---- table 三: apply -------------------------------------------------- */

#define RESULTS "三、本年度办理结果"
#define G3 RESULTS "/（三）不予公开"
#define G4 RESULTS "/（四）无法提供"
#define G5 RESULTS "/（五）不予处理"
#define G6 RESULTS "/（六）其他处理"

#define APPLY_HEAD \
	{"new", "一、本年新收政府信息公开申请数量", NULL, COLS(col_apply), {"本年新收", "新收政府"}}, \
	{"carried", "二、上年结转政府信息公开申请数量", NULL, COLS(col_apply), {"上年结转"}}, \
	{"granted", "（一）予以公开", RESULTS, COLS(col_apply), {"予以公开"}}, \
	{"partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RESULTS, COLS(col_apply), \
	 {"部分公开", "区分处理"}}, \
	{"deny_secret", "1.属于国家秘密", G3, COLS(col_apply), {"国家秘密"}}, \
	{"deny_lawban", "2.其他法律行政法规禁止公开", G3, COLS(col_apply), {"禁止公开", "其他法律行政"}}, \
	{"deny_safety", "3.危及“三安全一稳定”", G3, COLS(col_apply), {"三安全", "危及"}}, \
	{"deny_third", "4.保护第三方合法权益", G3, COLS(col_apply), {"第三方"}}, \
	{"deny_internal", "5.属于三类内部事务信息", G3, COLS(col_apply), {"三类内", "内部事务"}}, \
	{"deny_process", "6.属于四类过程性信息", G3, COLS(col_apply), {"过程性", "四类过"}}, \
	{"deny_enforce", "7.属于行政执法案卷", G3, COLS(col_apply), {"执法案卷", "行政执法"}}, \
	{"deny_query", "8.属于行政查询事项", G3, COLS(col_apply), {"查询事项", "行政查询"}}, \
	{"unable_nohold", "1.本机关不掌握相关政府信息", G4, COLS(col_apply), {"不掌握", "本机关不"}}, \
	{"unable_create", "2.没有现成信息需要另行制作", G4, COLS(col_apply), {"另行制作", "没有现成"}}, \
	{"unable_unclear", "3.补正后申请内容仍不明确", G4, COLS(col_apply), {"仍不明确", "补正后"}}, \
	{"noproc_petition", "1.信访举报投诉类申请", G5, COLS(col_apply), {"信访", "举报投诉"}}, \
	{"noproc_repeat", "2.重复申请", G5, COLS(col_apply), {"重复申请"}}, \
	{"noproc_publication", "3.要求提供公开出版物", G5, COLS(col_apply), {"出版物"}}, \
	{"noproc_massive", "4.无正当理由大量反复申请", G5, COLS(col_apply), {"大量反复"}}, \
	{"noproc_confirm", "5.要求行政机关确认或重新出具已获取信息", G5, COLS(col_apply), \
	 {"重新出具", "确认或重新", "已获取信息"}}

#define APPLY_TAIL \
	{"total", "（七）总计", RESULTS, COLS(col_apply), {"(七)总计", "$总计"}}, \
	{"carry_next", "四、结转下年度继续办理", NULL, COLS(col_apply), {"结转下", "继续办理"}}

static const struct gipa_row apply21[] = {
	APPLY_HEAD,
	{"other_nocorrect", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", G6,
	 COLS(col_apply), {"不补正", "逾期不补"}},
	{"other_nofee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", G6,
	 COLS(col_apply), {"收费通知", "缴纳费用"}},
	{"other_misc", "3.其他", G6, COLS(col_apply), {"3.其他", "3、其他"}},
	APPLY_TAIL,
};

static const struct gipa_row apply19[] = {
	APPLY_HEAD,
	{"other", "（六）其他处理", RESULTS, COLS(col_apply), {"其他处理"}},
	APPLY_TAIL,
};

static const char *const groups21[] = {"本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理", NULL};
static const char *const groups19[] = {"本年度办理结果", "不予公开", "无法提供", "不予处理", NULL};
static const char *const no_groups[] = {NULL};

/* ---- table 四: review ------------------------------------------------- */

static const struct gipa_row review[] = {
	{"review", "行政复议", "行政复议", COLS(col_review), {"行政复议"}},
	{"suit_direct", "未经复议直接起诉", "行政诉讼", COLS(col_review), {"直接起诉"}},
	{"suit_after", "复议后起诉", "行政诉讼", COLS(col_review), {"复议后起诉"}},
};

#define ROWS(a) a, (int)(sizeof a / sizeof a[0])

static const struct gipa_tabledef tables[FORM_COUNT][TAB_COUNT] = {
	[FORM_2021] = {
		{TAB_ACTIVE, "active", "二", "二、主动公开政府信息情况", ROWS(active21), 0, no_groups},
		{TAB_APPLY, "apply", "三", "三、收到和处理政府信息公开申请情况", ROWS(apply21), 0, groups21},
		{TAB_REVIEW, "review", "四", "四、政府信息公开行政复议、行政诉讼情况", ROWS(review), 1, no_groups},
	},
	[FORM_2019] = {
		{TAB_ACTIVE, "active", "二", "二、主动公开政府信息情况", ROWS(active19), 0, no_groups},
		{TAB_APPLY, "apply", "三", "三、收到和处理政府信息公开申请情况", ROWS(apply19), 0, groups19},
		{TAB_REVIEW, "review", "四", "四、政府信息公开行政复议、行政诉讼情况", ROWS(review), 1, no_groups},
	},
};

const char *const schema_meta_keys[] = {
	"meta.reports", "meta.form", "meta.sha256", "meta.date", "meta.period",
	"meta.active_items", "meta.fee_yuan",
};
const size_t schema_nmeta = sizeof schema_meta_keys / sizeof schema_meta_keys[0];

/* ---- derived keys ------------------------------------------------------ */

#define MAX_KEYS 256
#define HASH_SIZE 1024

static struct gipa_key keys[FORM_COUNT][MAX_KEYS];
static const struct gipa_key *ukeys[2 * MAX_KEYS];
static size_t nukeys;
static size_t nkeys[FORM_COUNT];
static char keytext[FORM_COUNT][MAX_KEYS][48];

/* Open-addressing hash: key text -> rank, plus per-form index. */
struct slot {
	const char *key;
	size_t len;
	long rank;
	int index[FORM_COUNT];
};
static struct slot hash[HASH_SIZE];
static int ready;

static size_t hash_str(const char *s, size_t n)
{
	size_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static struct slot *lookup(const char *key, size_t len, int insert)
{
	size_t h = hash_str(key, len) & (HASH_SIZE - 1);
	for (;;) {
		struct slot *s = &hash[h];
		if (!s->key) {
			if (!insert)
				return NULL;
			s->key = key;
			s->len = len;
			s->rank = -1;
			for (int f = 0; f < FORM_COUNT; f++)
				s->index[f] = -1;
			return s;
		}
		if (s->len == len && memcmp(s->key, key, len) == 0)
			return s;
		h = (h + 1) & (HASH_SIZE - 1);
	}
}

static void init(void)
{
	if (ready)
		return;
	ready = 1;
	long rank = 0;
	for (size_t i = 0; i < schema_nmeta; i++)
		lookup(schema_meta_keys[i], strlen(schema_meta_keys[i]), 1)->rank = rank++;
	for (int f = 0; f < FORM_COUNT; f++) {
		size_t n = 0;
		for (int t = 0; t < TAB_COUNT; t++) {
			const struct gipa_tabledef *td = &tables[f][t];
			for (int r = 0; r < td->nrows; r++) {
				const struct gipa_row *row = &td->rows[r];
				for (int c = 0; c < row->ncols; c++) {
					char *k = keytext[f][n];
					snprintf(k, sizeof keytext[f][n], "%s.%s.%s", td->key, row->key,
						 row->cols[c].key);
					keys[f][n] = (struct gipa_key){k, td->id, row, &row->cols[c], (int)n + 1};
					struct slot *s = lookup(k, strlen(k), 1);
					s->index[f] = (int)n;
					n++;
				}
			}
		}
		nkeys[f] = n;
	}
	/* One order for both forms' keys that keeps each form's own order: walk
	 * both lists together, a shared key when it is due in both, a key of
	 * one form only as soon as it comes. */
	size_t i = 0, j = 0;
	const size_t na = nkeys[FORM_2021], nb = nkeys[FORM_2019];
	while (i < na || j < nb) {
		struct gipa_key *x = i < na ? &keys[FORM_2021][i] : NULL;
		struct gipa_key *y = j < nb ? &keys[FORM_2019][j] : NULL;
		struct slot *sx = x ? lookup(x->key, strlen(x->key), 0) : NULL;
		struct slot *sy = y ? lookup(y->key, strlen(y->key), 0) : NULL;
		if (sx && sx->rank >= 0) {
			i++;
			continue;
		}
		if (sy && sy->rank >= 0) {
			j++;
			continue;
		}
		struct slot *take;
		struct gipa_key *k;
		if (sx && (!sy || sx->index[FORM_2019] < 0 || sx == sy))
			take = sx, k = x;   /* 2021 only, or shared and due in both */
		else if (sy && sy->index[FORM_2021] < 0)
			take = sy, k = y;   /* 2019 only */
		else
			take = sx, k = x;   /* shared keys out of step: not in these forms */
		take->rank = rank++;
		ukeys[nukeys++] = k;
	}
}

const struct gipa_tabledef *schema_table(enum gipa_form form, enum gipa_table t)
{
	return &tables[form][t];
}

size_t schema_nkeys(enum gipa_form form)
{
	init();
	return nkeys[form];
}

const struct gipa_key *schema_keys(enum gipa_form form)
{
	init();
	return keys[form];
}

int schema_index(enum gipa_form form, const char *key, size_t len)
{
	init();
	struct slot *s = lookup(key, len, 0);
	return s ? s->index[form] : -1;
}

long schema_rank(const char *key, size_t len)
{
	init();
	struct slot *s = lookup(key, len, 0);
	return s ? s->rank : -1;
}

size_t schema_nukeys(void)
{
	init();
	return nukeys;
}

const struct gipa_key *schema_ukey(size_t i)
{
	init();
	return ukeys[i];
}

int schema_uindex(const char *key, size_t len)
{
	init();
	struct slot *s = lookup(key, len, 0);
	return s && s->rank >= (long)schema_nmeta ? (int)(s->rank - (long)schema_nmeta) : -1;
}

const char *schema_form_name(enum gipa_form form)
{
	return form == FORM_2019 ? "2019" : "2021";
}

const char *schema_label(const char *key, size_t len)
{
	static struct buf b = BUF_INIT;
	init();
	struct slot *s = lookup(key, len, 0);
	if (!s || s->rank < 0)
		return NULL;
	int f = s->index[FORM_2021] >= 0 ? FORM_2021 : FORM_2019;
	if (s->index[f] < 0)
		return s->key; /* a meta key: its own name */
	const struct gipa_key *k = &keys[f][s->index[f]];
	const struct gipa_tabledef *td = &tables[f][k->table];
	buf_reset(&b);
	buf_adds(&b, td->numeral);
	/* "三" + "一、本年新收…" would read as 三一: keep them apart */
	const char *g0 = k->row->group, *first = k->row->label;
	if (k->table == TAB_APPLY && g0 && strchr(g0, '/'))
		first = strchr(g0, '/') + 1;
	else if (k->table == TAB_REVIEW && g0 && strcmp(g0, k->row->label) != 0)
		first = g0;
	static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
	for (size_t i = 0; i < sizeof numerals / sizeof numerals[0]; i++)
		if (strncmp(first, numerals[i], strlen(numerals[i])) == 0) {
			buf_adds(&b, "·");
			break;
		}
	const char *g = k->row->group;
	if (k->table == TAB_APPLY && g && strchr(g, '/')) {
		g = strchr(g, '/') + 1; /* "（三）不予公开" -> "（三）" */
		buf_add(&b, g, (size_t)(strstr(g, "）") + strlen("）") - g));
	}
	if (k->table == TAB_REVIEW && g && strcmp(g, k->row->label) != 0) {
		buf_adds(&b, g);
		buf_adds(&b, "·");
	}
	buf_adds(&b, k->row->label);
	buf_adds(&b, "·");
	if (k->col->parent) {
		buf_adds(&b, k->col->parent);
		buf_adds(&b, "·");
	}
	buf_adds(&b, k->col->label);
	return b.p;
}
