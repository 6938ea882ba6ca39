gipa-template 1
source examples/reports/004_272ad62144e027d0.txt
form 2021
encoding utf-8
ext txt
agency 乐山市市中区卫生健康局
year 2024
meta meta.form	2021
meta meta.sha256	@{H}
meta meta.period	@{Y}-01-01/@{Y}-12-31
meta meta.active_items	53
meta meta.fee_yuan	0
text
一、总体情况
(一)主动公开。根据《中华人民共和国政府信息公开条例》、《四川省人民政府办公厅关于进一步做好政府信息公开工作年度报告编制发布工作的通知》、《乐山市人民政府办公室关于做好@{Y}年政府信息公开工作年度报告编制发布工作的通知》等有关规定。@{Y}年，我局主动公开各类政府信息共53条，其中公示公告信息46条，执法监督信息1条，其他重点、热点政府信息6条。本年度公开的政府信息未发现影响或者可能影响社会稳定、扰乱社会管理秩序的虚假或不完整信息。
(二)依申请公开。我局持续强化依申请公开工作，确保依申请公开依法依规、高效优质。@{Y}年我局未接到政府信息公开申请，也未因政府信息公开而被行政复议或行政诉讼。
(三)政府信息管理，我局始终将政府信息公开工作置于重要位置，定期组织召开专项会议，深入研讨并扎实推进信息公开各项事宜，切实强化对此项工作的统筹领导力度。严格依据《中华人民共和国政府信息公开条例》以及相关规范要求，进一步厘清各岗位职责，优化工作流程，明确公开路径。通过加强工作部署，细化目标任务，积极主动作为，确保人员配备齐全、责任落实到人、工作执行到位。同时，严格落实信息“三审制”，从源头上保障公开信息的质量可靠、内容真实，为民众提供精准权威的信息服务。
[bookmark: _GoBack](四)政府信息公开平台建设，我局整合多方资源，联动官方微信等多元化发布渠道，秉持“应公开、尽公开”的基本原则，深度挖掘并细化公开内容，依法依规做好卫生健康领域全方位信息发布工作。及时向社会公布健康教育宣传动态、医疗科技前沿进展、爱国卫生运动实时资讯、就业相关信息以及财政预算结算详情等关键内容；借助“健康嘉州”微信公众号这一便捷窗口，持续推送中医养生保健实用科普知识与最新医学技术成果，常态化强化公共卫生知识普及，加大宣传推广力度，助力提升公众的卫生健康素养与意识。
(五)监督保障，@{Y}年我局顺利接受政府信息公开工作考核，全程未出现任何责任追究情况，工作成效得到认可。展望未来，我局将持续发力，不断健全完善政府信息公开工作的配套制度体系，进一步提升卫生健康领域政府信息公开的透明度，以公开促落实、以公开促规范、以公开促服务，切实保障民众的知情权、参与权与监督权。
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
	@{active.license.decisions:1}

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
	@{active.fees.amount:1}


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


五、现存不足与改进措施
在推进政府信息公开工作时，我们也发现存在一些问题。一方面，信息内容深度、广度不足；另一方面，信息时效性滞后，信息公开的针对性与实效性欠佳，影响政民信息交互效率。为此，我局将作出以下改进。一是深化常态化管理体系，抽调骨干组建专业信息管理团队，定期深度挖掘各领域信息，聚焦医疗卫生、社会民生等关键领域，整合资源，拓宽信息边界，提升公开内容质量。二是重塑信息更新流程，构建集收集、审核、发布于一体的高效体系，积极回应公众关心的热点与难点，增强政府信息公开的针对性与实效性。
六、其他需要报告的事项
本单位@{Y}年度政府信息公开未收取信息处理费。
本年度报告中所列数据的统计日期为@{Y}年1月1日起至@{Y}年12月31日止。如对本年报有疑问，请与@{A}办公室联系（地址：乐山市市中区龙游路东段415号，电话：0833-2138754，邮箱：2453681722@qq.com）。
