gipa-template 1
source examples/reports/003_9efe29012805772b.txt
form 2021
encoding utf-8
ext txt
agency 湘潭县卫生健康局
year 2024
meta meta.form	2021
meta meta.sha256	@{H}
meta meta.period	@{Y}-01-01/@{Y}-12-31
meta meta.fee_yuan	0
text
@{A}

@{Y}年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》（国务院令第 711 

号）规定，以及《国务院办公厅政府信息与政务公开办公室关于 

印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》 

（国办公开办函〔2021〕30 号）要求编制本报告。本报告所列数据的统计期限为 @{Y} 年 1 月 1 日至 @{Y} 年 12 月 31 日。
一、总体情况

@{Y}年，我局坚持以习近平新时代中国特色社会主义思想为指导,全面学习贯彻党的二十大精神，严格执行《中华人民共和国政府信息公开条例》,不断加强卫健部门工作动态、政策文件、行政执法等重点信息公开，深化信息公开力度，增加工作透明度，提高群众对卫健政策的知晓率，进一步规范管理政务新媒体，更好发挥以公开促落实、强监管功能。现将政府信息公开工作汇报如下：

（一）主动公开情况
@{Y}年，@{A}门户网站共发布部门动态信息11条，政务公开信息45条，财务信息6条，行政执法信息23条。并对信息公开指南、领导信息等信息进行了及时更新。

（二）依申请公开情况

我局@{Y}年度，依法依规依程序办理政府信息依申请公开事项1件，已按程序予以处理答复，全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼事件。

（三）政府信息管理情况

我局进一步规范政府信息发布和管理，确保信息发布准确、安全、高效，严格按照“谁主管谁负责、谁运行谁负责、谁发布谁负责”原则，全面落实信息内容发布“三审三校”制度，加强信息发布审核把关，严格执行“先审后发、一事一审”程序，严把政治关、法律关、政策关、保密关、文字关。

（四）政府信息平台建设。

我局严格按照要求完成各项任务，局门户集约化平台运行良好，全年未发生政府门户网站内容严重差错、安全事件、舆情或泄密事故。

（五）监督保障情况
我局严格落实政务公开监督保障工作机制，认真整改上级监督检查反馈问题。明确各环节工作职责和责任人员，加强对政府网站信息发布的审核把关，不定期对政府网站信息公开情况开展自查，促进信息公开工作常态化、规范化。
二、主动公开政府信息情况

	第二十条第（一）项

	信息内容
	本年制发件数
	本年废止件数
	现行有效件数

	规章
	@{active.rules.issued:1}
	@{active.rules.repealed:1}
	@{active.rules.valid:1}

	行政规范性文件
	@{active.normative.issued:1}
	@{active.normative.repealed:1}
	@{active.normative.valid:1}

	第二十条第（五）项

	信息内容
	本年处理决定数量

	行政许可
	@{active.license.decisions:3}

	第二十条第（六）项

	信息内容
	本年处理决定数量

	行政处罚
	@{active.penalty.decisions:1}

	行政强制
	@{active.coercion.decisions:1}

	第二十条第（八）项

	信息内容
	本年收费金额（单位：万元）

	行政事业性收费
	@{active.fees.amount:1}


三、收到和处理政府信息公开申请情况
	（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
	申请人情况

	
	自然人
	法人或其他组织
	总计

	
	
	商业企业
	科研机构
	社会公益组织
	法律服务机构
	其他
	

	一、本年新收政府信息公开申请数量
	@{apply.new.natural:1}
	@{apply.new.commercial:1}
	@{apply.new.research:1}
	@{apply.new.nonprofit:1}
	@{apply.new.legal:1}
	@{apply.new.other_org:1}
	@{apply.new.total:1}

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
	@{apply.granted.natural:1}
	@{apply.granted.commercial:1}
	@{apply.granted.research:1}
	@{apply.granted.nonprofit:1}
	@{apply.granted.legal:1}
	@{apply.granted.other_org:1}
	@{apply.granted.total:1}

	
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
	@{apply.total.natural:1}
	@{apply.total.commercial:1}
	@{apply.total.research:1}
	@{apply.total.nonprofit:1}
	@{apply.total.legal:1}
	@{apply.total.other_org:1}
	@{apply.total.total:1}

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

	结果维持
	结果纠正
	其他结果
	尚未审结
	总计
	未经复议直接起诉
	复议后起诉

	
	
	
	
	
	结果维持
	结果纠正
	其他结果
	尚未审结
	总计
	结果维持
	结果纠正
	其他结果
	尚未审结
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
@{Y}年，我局政府信息公开工作取得一定的进步，但还存在一些问题和不足，如政策宣传解读的质量和效果有待提升。下一步，我局将进一步提高思想认识，深刻认识政务公开工作的重要性。加强制度建设，继续加强政务公开能力建设。优化政府信息公开方式方法，充分利用政务新媒体等渠道提高信息公开的时效性和针对性。
六、其他需要报告的事项

本年度未收取信息处理费，无其他需要报告的事项。


