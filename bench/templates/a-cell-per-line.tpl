gipa-template 1
source tests/fixtures/a-cell-per-line.txt
form 2021
encoding utf-8
ext txt
agency 示例市东城区卫生健康局
year 2024
meta meta.form	2021
meta meta.sha256	@{H}
meta meta.date	@{Z}-01-15
meta meta.period	@{Y}-01-01/@{Y}-12-31
meta meta.active_items	1286
meta meta.fee_yuan	0
text
@{A}
@{Y}年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。本报告所列数据的统计期限为@{Y}年1月1日至@{Y}年12月31日。如对本报告有疑问，请与@{A}办公室联系（地址：示例市东城区健康路18号，电话：010-65550123）。

一、总体情况

@{Y}年，@{A}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和市、区政务公开工作部署，围绕卫生健康中心工作持续深化政务公开，切实保障人民群众的知情权、参与权、表达权和监督权。

（一）主动公开

@{Y}年，我局通过区政府门户网站、“健康东城”微信公众号等平台主动公开政府信息1,286条（其中工作动态412条，通知公告238条，行政执法信息251条，财政预决算信息17条，人事信息35条，其他信息333条），发布政策解读6篇，回应社会关切23次。

（二）依申请公开

@{Y}年，我局共收到政府信息公开申请114件，上年结转7件，办结112件，结转下年度继续办理9件，均在法定期限内予以答复。

（三）政府信息管理

严格落实信息发布“三审三校”制度，全年开展公开内容保密审查2次，动态更新政府信息公开指南和公开目录。

（四）政府信息公开平台建设

持续优化区政府门户网站卫生健康专栏，规范政务新媒体管理，全年平台运行平稳，未发生安全事件。

（五）监督保障

将政务公开工作纳入年度绩效考核，开展政务公开业务培训3次，自觉接受社会监督。

二、主动公开政府信息情况

	第二十条第（一）项

	信息内容
	本年制发
件数
	本年废止
件数
	现行有效
件数

	规章
	@{active.rules.issued:1}
	@{active.rules.repealed:1}
	@{active.rules.valid:1}

	行政规范性文件
	@{active.normative.issued:1}
	@{active.normative.repealed:1}
	@{active.normative.valid:2}

	第二十条第（五）项

	信息内容
	本年处理决定数量

	行政许可
	@{active.license.decisions:3}

	第二十条第（六）项

	信息内容
	本年处理决定数量

	行政处罚
	@{active.penalty.decisions:2}

	行政强制
	@{active.coercion.decisions:1}

	第二十条第（八）项

	信息内容
	本年收费金额（单位：万元）

	行政事业性收费
	@{active.fees.amount:4}


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
	@{apply.new.commercial:2}
	@{apply.new.research:1}
	@{apply.new.nonprofit:1}
	@{apply.new.legal:1}
	@{apply.new.other_org:1}
	@{apply.new.total:3}

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
	@{apply.partial.total:2}

	
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
	@{apply.unable_nohold.natural:2}
	@{apply.unable_nohold.commercial:1}
	@{apply.unable_nohold.research:1}
	@{apply.unable_nohold.nonprofit:1}
	@{apply.unable_nohold.legal:1}
	@{apply.unable_nohold.other_org:1}
	@{apply.unable_nohold.total:2}

	
	
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
	1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
	@{apply.other_nocorrect.natural:1}
	@{apply.other_nocorrect.commercial:1}
	@{apply.other_nocorrect.research:1}
	@{apply.other_nocorrect.nonprofit:1}
	@{apply.other_nocorrect.legal:1}
	@{apply.other_nocorrect.other_org:1}
	@{apply.other_nocorrect.total:1}

	
	
	2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
	@{apply.other_nofee.natural:1}
	@{apply.other_nofee.commercial:1}
	@{apply.other_nofee.research:1}
	@{apply.other_nofee.nonprofit:1}
	@{apply.other_nofee.legal:1}
	@{apply.other_nofee.other_org:1}
	@{apply.other_nofee.total:1}

	
	
	3.其他
	@{apply.other_misc.natural:1}
	@{apply.other_misc.commercial:1}
	@{apply.other_misc.research:1}
	@{apply.other_misc.nonprofit:1}
	@{apply.other_misc.legal:1}
	@{apply.other_misc.other_org:1}
	@{apply.other_misc.total:1}

	
	（七）总计
	@{apply.total.natural:2}
	@{apply.total.commercial:2}
	@{apply.total.research:1}
	@{apply.total.nonprofit:1}
	@{apply.total.legal:1}
	@{apply.total.other_org:1}
	@{apply.total.total:3}

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

一是政策解读形式较为单一；二是部分栏目更新不够及时。下一步，我局将丰富图表、视频等解读形式，建立栏目更新提醒机制，持续提升政务公开工作水平。

六、其他需要报告的事项

本年度未收取信息处理费。无其他需要报告的事项。

@{A}
@{Z}年1月15日
