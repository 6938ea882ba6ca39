gipa-template 1
source tests/fixtures/e-cell-per-line.txt
form 2019
encoding utf-8
ext txt
agency 示例县审计局
year 2020
meta meta.form	2019
meta meta.sha256	@{H}
meta meta.date	@{Z}-01-20
meta meta.period	@{Y}-01-01/@{Y}-12-31
meta meta.active_items	312
meta meta.fee_yuan	0
text
@{A}
@{Y}年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，编制本报告。本报告所列数据的统计期限为@{Y}年1月1日至@{Y}年12月31日。本报告电子版可在示例县人民政府门户网站下载。如对本报告有疑问，请与@{A}办公室联系（电话：0737-5551026）。

一、总体情况

@{Y}年，@{A}认真贯彻落实《条例》和县委、县政府关于政务公开工作的部署，围绕审计监督中心工作，扎实推进政府信息公开。

（一）主动公开。@{Y}年，我局通过县政府门户网站审计专栏、“示例审计”微信公众号共发布政府信息 312 条，其中工作动态 156 条，通知公告 48 条，审计结果公告 12 条，其他信息 96 条。

（二）依申请公开。@{Y}年，我局新收政府信息公开申请54件，上年结转5件，办结53件，结转下年度继续办理6件。

（三）政府信息管理。落实信息发布保密审查制度，全年审查拟公开信息318条。

（四）平台建设。完善县政府门户网站审计专栏，及时更新审计工作动态和审计结果公告。

（五）监督保障。明确1名分管领导和2名工作人员负责政务公开工作，开展业务培训2次。

二、主动公开政府信息情况

	第二十条第（一）项

	信息内容
	本年新
制作数量
	本年新
公开数量
	对外公开总数量

	规章
	@{active.rules.made:1}
	@{active.rules.published:1}
	@{active.rules.public_total:1}

	规范性文件
	@{active.normative.made:1}
	@{active.normative.published:1}
	@{active.normative.public_total:2}

	第二十条第（五）项

	信息内容
	上一年项目数量
	本年增/减
	处理决定数量

	行政许可
	@{active.license.prev_items:1}
	@{active.license.change:2}
	@{active.license.decisions:2}

	其他对外管理服务事项
	@{active.services.prev_items:1}
	@{active.services.change:1}
	@{active.services.decisions:3}

	第二十条第（六）项

	信息内容
	上一年项目数量
	本年增/减
	处理决定数量

	行政处罚
	@{active.penalty.prev_items:2}
	@{active.penalty.change:1}
	@{active.penalty.decisions:1}

	行政强制
	@{active.coercion.prev_items:1}
	@{active.coercion.change:2}
	@{active.coercion.decisions:1}

	第二十条第（八）项

	信息内容
	上一年项目数量
	本年增/减

	行政事业性收费
	@{active.fees.prev_items:1}
	@{active.fees.change:2}

	第二十条第（九）项

	信息内容
	采购项目数量
	采购总金额

	政府集中采购
	@{active.procure.projects:1}
	@{active.procure.amount:4}


三、收到和处理政府信息公开申请情况

	（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
	申请人情况

	
	自然人
	法人或其他组织
	总计

	
	
	商业
企业
	科研
机构
	社会公益
组织
	法律服务
机构
	其他
	

	一、本年新收政府信息公开申请数量
	@{apply.new.natural:2}
	@{apply.new.commercial:1}
	@{apply.new.research:1}
	@{apply.new.nonprofit:1}
	@{apply.new.legal:1}
	@{apply.new.other_org:1}
	@{apply.new.total:2}

	二、上年结转政府信息公开申请数量
	@{apply.carried.natural:1}
	@{apply.carried.commercial:1}
	@{apply.carried.research:1}
	@{apply.carried.nonprofit:1}
	@{apply.carried.legal:1}
	@{apply.carried.other_org:1}
	@{apply.carried.total:1}

	三、本年度办理结果
	（一）予以公开
	@{apply.granted.natural:2}
	@{apply.granted.commercial:1}
	@{apply.granted.research:1}
	@{apply.granted.nonprofit:1}
	@{apply.granted.legal:1}
	@{apply.granted.other_org:1}
	@{apply.granted.total:2}

	
	（二）部分公开（区分处理的，只计这一情形，不计其他情形）
	@{apply.partial.natural:1}
	@{apply.partial.commercial:1}
	@{apply.partial.research:1}
	@{apply.partial.nonprofit:1}
	@{apply.partial.legal:1}
	@{apply.partial.other_org:1}
	@{apply.partial.total:1}

	
	（三）不予公开
	1.属于国家秘密
	@{apply.deny_secret.natural:1}
	@{apply.deny_secret.commercial:1}
	@{apply.deny_secret.research:1}
	@{apply.deny_secret.nonprofit:1}
	@{apply.deny_secret.legal:1}
	@{apply.deny_secret.other_org:1}
	@{apply.deny_secret.total:1}

	
	
	2.其他法律行政法规禁止公开
	@{apply.deny_lawban.natural:1}
	@{apply.deny_lawban.commercial:1}
	@{apply.deny_lawban.research:1}
	@{apply.deny_lawban.nonprofit:1}
	@{apply.deny_lawban.legal:1}
	@{apply.deny_lawban.other_org:1}
	@{apply.deny_lawban.total:1}

	
	
	3.危及“三安全一稳定”
	@{apply.deny_safety.natural:1}
	@{apply.deny_safety.commercial:1}
	@{apply.deny_safety.research:1}
	@{apply.deny_safety.nonprofit:1}
	@{apply.deny_safety.legal:1}
	@{apply.deny_safety.other_org:1}
	@{apply.deny_safety.total:1}

	
	
	4.保护第三方合法权益
	@{apply.deny_third.natural:1}
	@{apply.deny_third.commercial:1}
	@{apply.deny_third.research:1}
	@{apply.deny_third.nonprofit:1}
	@{apply.deny_third.legal:1}
	@{apply.deny_third.other_org:1}
	@{apply.deny_third.total:1}

	
	
	5.属于三类内部事务信息
	@{apply.deny_internal.natural:1}
	@{apply.deny_internal.commercial:1}
	@{apply.deny_internal.research:1}
	@{apply.deny_internal.nonprofit:1}
	@{apply.deny_internal.legal:1}
	@{apply.deny_internal.other_org:1}
	@{apply.deny_internal.total:1}

	
	
	6.属于四类过程性信息
	@{apply.deny_process.natural:1}
	@{apply.deny_process.commercial:1}
	@{apply.deny_process.research:1}
	@{apply.deny_process.nonprofit:1}
	@{apply.deny_process.legal:1}
	@{apply.deny_process.other_org:1}
	@{apply.deny_process.total:1}

	
	
	7.属于行政执法案卷
	@{apply.deny_enforce.natural:1}
	@{apply.deny_enforce.commercial:1}
	@{apply.deny_enforce.research:1}
	@{apply.deny_enforce.nonprofit:1}
	@{apply.deny_enforce.legal:1}
	@{apply.deny_enforce.other_org:1}
	@{apply.deny_enforce.total:1}

	
	
	8.属于行政查询事项
	@{apply.deny_query.natural:1}
	@{apply.deny_query.commercial:1}
	@{apply.deny_query.research:1}
	@{apply.deny_query.nonprofit:1}
	@{apply.deny_query.legal:1}
	@{apply.deny_query.other_org:1}
	@{apply.deny_query.total:1}

	
	（四）无法提供
	1.本机关不掌握相关政府信息
	@{apply.unable_nohold.natural:1}
	@{apply.unable_nohold.commercial:1}
	@{apply.unable_nohold.research:1}
	@{apply.unable_nohold.nonprofit:1}
	@{apply.unable_nohold.legal:1}
	@{apply.unable_nohold.other_org:1}
	@{apply.unable_nohold.total:1}

	
	
	2.没有现成信息需要另行制作
	@{apply.unable_create.natural:1}
	@{apply.unable_create.commercial:1}
	@{apply.unable_create.research:1}
	@{apply.unable_create.nonprofit:1}
	@{apply.unable_create.legal:1}
	@{apply.unable_create.other_org:1}
	@{apply.unable_create.total:1}

	
	
	3.补正后申请内容仍不明确
	@{apply.unable_unclear.natural:1}
	@{apply.unable_unclear.commercial:1}
	@{apply.unable_unclear.research:1}
	@{apply.unable_unclear.nonprofit:1}
	@{apply.unable_unclear.legal:1}
	@{apply.unable_unclear.other_org:1}
	@{apply.unable_unclear.total:1}

	
	（五）不予处理
	1.信访举报投诉类申请
	@{apply.noproc_petition.natural:1}
	@{apply.noproc_petition.commercial:1}
	@{apply.noproc_petition.research:1}
	@{apply.noproc_petition.nonprofit:1}
	@{apply.noproc_petition.legal:1}
	@{apply.noproc_petition.other_org:1}
	@{apply.noproc_petition.total:1}

	
	
	2.重复申请
	@{apply.noproc_repeat.natural:1}
	@{apply.noproc_repeat.commercial:1}
	@{apply.noproc_repeat.research:1}
	@{apply.noproc_repeat.nonprofit:1}
	@{apply.noproc_repeat.legal:1}
	@{apply.noproc_repeat.other_org:1}
	@{apply.noproc_repeat.total:1}

	
	
	3.要求提供公开出版物
	@{apply.noproc_publication.natural:1}
	@{apply.noproc_publication.commercial:1}
	@{apply.noproc_publication.research:1}
	@{apply.noproc_publication.nonprofit:1}
	@{apply.noproc_publication.legal:1}
	@{apply.noproc_publication.other_org:1}
	@{apply.noproc_publication.total:1}

	
	
	4.无正当理由大量反复申请
	@{apply.noproc_massive.natural:1}
	@{apply.noproc_massive.commercial:1}
	@{apply.noproc_massive.research:1}
	@{apply.noproc_massive.nonprofit:1}
	@{apply.noproc_massive.legal:1}
	@{apply.noproc_massive.other_org:1}
	@{apply.noproc_massive.total:1}

	
	
	5.要求行政机关确认或重新出具已获取信息
	@{apply.noproc_confirm.natural:1}
	@{apply.noproc_confirm.commercial:1}
	@{apply.noproc_confirm.research:1}
	@{apply.noproc_confirm.nonprofit:1}
	@{apply.noproc_confirm.legal:1}
	@{apply.noproc_confirm.other_org:1}
	@{apply.noproc_confirm.total:1}

	
	（六）其他处理
	@{apply.other.natural:1}
	@{apply.other.commercial:1}
	@{apply.other.research:1}
	@{apply.other.nonprofit:1}
	@{apply.other.legal:1}
	@{apply.other.other_org:1}
	@{apply.other.total:1}

	
	（七）总计
	@{apply.total.natural:2}
	@{apply.total.commercial:1}
	@{apply.total.research:1}
	@{apply.total.nonprofit:1}
	@{apply.total.legal:1}
	@{apply.total.other_org:1}
	@{apply.total.total:2}

	四、结转下年度继续办理
	@{apply.carry_next.natural:1}
	@{apply.carry_next.commercial:1}
	@{apply.carry_next.research:1}
	@{apply.carry_next.nonprofit:1}
	@{apply.carry_next.legal:1}
	@{apply.carry_next.other_org:1}
	@{apply.carry_next.total:1}


四、政府信息公开行政复议、行政诉讼情况

	行政复议
	行政诉讼

	结果
维持
	结果
纠正
	其他
结果
	尚未
审结
	总计
	未经复议直接起诉
	复议后起诉

	
	
	
	
	
	结果
维持
	结果
纠正
	其他
结果
	尚未
审结
	总计
	结果
维持
	结果
纠正
	其他
结果
	尚未
审结
	总计

	@{review.review.upheld:1}
	@{review.review.corrected:1}
	@{review.review.other:1}
	@{review.review.pending:1}
	@{review.review.total:1}
	@{review.suit_direct.upheld:1}
	@{review.suit_direct.corrected:1}
	@{review.suit_direct.other:1}
	@{review.suit_direct.pending:1}
	@{review.suit_direct.total:1}
	@{review.suit_after.upheld:1}
	@{review.suit_after.corrected:1}
	@{review.suit_after.other:1}
	@{review.suit_after.pending:1}
	@{review.suit_after.total:1}


五、存在的主要问题及改进情况

一是公开内容的深度和广度有待提高；二是政策解读形式较为单一。下一步，我们将进一步规范公开流程，丰富解读形式，不断提升政府信息公开工作质量。

六、其他需要报告的事项

本年度未收取信息处理费。无其他需要报告的事项。

@{A}
@{Z}年1月20日
