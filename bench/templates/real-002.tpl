gipa-template 1
source examples/reports/002_a885d3ab6c8de114.txt
form 2021
encoding utf-8
ext txt
agency 曲靖市沾益区卫生健康局
year 2024
meta meta.form	2021
meta meta.sha256	@{H}
meta meta.active_items	67
meta meta.fee_yuan	0
text


# @{A}

## @{Y} 年政府信息公开工作年度报告

### 一、总体情况

@{Y} 年，沾益区卫生健康局认真贯彻落实《中华人民共和国政府信息公开条例》及省、市、区相关文件要求，切实加强政府信息公开工作，持续做好卫生健康系统信息公开，推动卫生健康政务公开工作有序、规范开展。现将工作落实情况报告如下：

（一）主动公开。@{Y} 年度，沾益区卫生健康局按政府信息公开有关要求及时公布、更新工作动态等信息。认真做好政务公开、办事公开、重大建设项目、公共卫生资源配置公开等信息公开工作，规范和细化本单位信息公开目录设置，明确向社会公开、向患者公开、向内部职工公开等内容；及时更新完善相关数据，保障公民、法人和其他组织依法获取卫生健康政务信息，主动公开的信息。@{Y} 年通过沾益区人民政府网站向社会各界公布政务信息累计 67 条。

（二）依申请公开。沾益区卫生健康局积极保障依申请公开线上、线下渠道畅通。在门户网站发布本部门政府信息公开信息，并通过邮箱和邮寄、传真、当面等多种方式受理政府信息公开依申请公开。@{Y} 年度收到政府信息公开申请 1 条，回复 1 条。

（三）政府信息管理。按照《中华人民共和国政府信息公开条例》，及时主动更新沾益区卫生健康局网站政府信息公开指南和政府信息公开目录，设置“财务信息公开”栏目公开沾益区卫生健康局

及所属单位 2023 年度决算工作情况和 @{Y} 年度预算工作情况，按国家和省、市有关要求规范设置政府信息公开平台和栏目，信息发布及时，同时做好国家和省、市权威信息转发链接工作。

（四）强化政府信息公开平台建设。拓展公开渠道，坚持方便群众知情、便于群众监督的原则，充分利用网站、广播、电视、报刊、微信公众号、短信平台、公开公示栏、电子信息屏等多渠道传播信息，确保公众及时知晓和有效获取公开的卫生健康政务信息，推进优质医疗卫生服务公开透明。@{Y} 年内未发现未按程序开办或关停的新媒体账号，未出现安全漏洞被攻击或篡改或信息泄密被市级及以上有关部门通报，未出现严重网络安全事件或引起网络舆情造成严重影响的事件。

（五）监督保障。一是加强工作指导，建立健全工作制度，明确沾益区卫生健康局政务公开工作由办公室负责，保证政务公开工作有序推进，及时对公开信息进行动态维护和更新。二是严格考核，将政府信息公开工作纳入年终综合目标考核，督促各科室对卫生健康事业发展的主要指标、经费使用等较为固定的常规事项常年公开，对临时发生或调整的事项及时公开，要求各科室将工作职能、办事程序和标准应公开尽公开，积极为群众提供优质服务，广泛接受社会各界的监督。三是接受社会评议。严格按照《中华人民共和国政府信息公开条例》要求进行社会评议，完善本单位信息发布审核力度，坚决杜绝栏目不规范或内容更新不及时、严重表述错误等问题，对因政府信息公开工作造成不良影响的科（处）室和个人，将严肃追究责任。

## 二、主动公开政府信息情况

第二十条第（一）项			
信息内容	本年制发件数	本年废止件数	现行有效件数
规章	@{active.rules.issued:1}	@{active.rules.repealed:1}	@{active.rules.valid:1}
行政规范性文件	@{active.normative.issued:1}	@{active.normative.repealed:1}	@{active.normative.valid:1}
第二十条第（五）项			
信息内容	本年处理决定数量		
行政许可	@{active.license.decisions:1}		
第二十条第（六）项			
信息内容	本年处理决定数量		
行政处罚	@{active.penalty.decisions:2}		
行政强制	@{active.coercion.decisions:1}		
第二十条第（八）项			
信息内容	本年收费金额（单位：万元）		
行政事业性收费	@{active.fees.amount:1}		

### 三、收到和处理政府信息公开申请情况

(本列数据的钩稽关系为：第一项加第二项之和，等于第三项加第四项之和)		申请人情况						总计	
		自然人	法人或其他组织						
			商业企业	科研机构	社会公益组织	法律服务机构	其他		
一、本年新收政府信息公开申请数量		@{apply.new.natural:1}	@{apply.new.commercial:1}	@{apply.new.research:1}	@{apply.new.nonprofit:1}	@{apply.new.legal:1}	@{apply.new.other_org:1}	@{apply.new.total:1}	
二、上年结转政府信息公开申请数量		@{apply.carried.natural:1}	@{apply.carried.commercial:1}	@{apply.carried.research:1}	@{apply.carried.nonprofit:1}	@{apply.carried.legal:1}	@{apply.carried.other_org:1}	@{apply.carried.total:1}	
三、本年度办理结果	(一) 予以公开	@{apply.granted.natural:1}	@{apply.granted.commercial:1}	@{apply.granted.research:1}	@{apply.granted.nonprofit:1}	@{apply.granted.legal:1}	@{apply.granted.other_org:1}	@{apply.granted.total:1}	
	(二) 部分公开(区分处理的, 只计这一情形 不计其他情形)	@{apply.partial.natural:1}	@{apply.partial.commercial:1}	@{apply.partial.research:1}	@{apply.partial.nonprofit:1}	@{apply.partial.legal:1}	@{apply.partial.other_org:1}	@{apply.partial.total:1}	
	(三) 不予公开	1.属于国家秘密	@{apply.deny_secret.natural:1}	@{apply.deny_secret.commercial:1}	@{apply.deny_secret.research:1}	@{apply.deny_secret.nonprofit:1}	@{apply.deny_secret.legal:1}	@{apply.deny_secret.other_org:1}	@{apply.deny_secret.total:1}
		2.其他法律行政法规禁止公开	@{apply.deny_lawban.natural:1}	@{apply.deny_lawban.commercial:1}	@{apply.deny_lawban.research:1}	@{apply.deny_lawban.nonprofit:1}	@{apply.deny_lawban.legal:1}	@{apply.deny_lawban.other_org:1}	@{apply.deny_lawban.total:1}
		3.危及“三安全一稳定”	@{apply.deny_safety.natural:1}	@{apply.deny_safety.commercial:1}	@{apply.deny_safety.research:1}	@{apply.deny_safety.nonprofit:1}	@{apply.deny_safety.legal:1}	@{apply.deny_safety.other_org:1}	@{apply.deny_safety.total:1}
		4.保护第三方合法权益	@{apply.deny_third.natural:1}	@{apply.deny_third.commercial:1}	@{apply.deny_third.research:1}	@{apply.deny_third.nonprofit:1}	@{apply.deny_third.legal:1}	@{apply.deny_third.other_org:1}	@{apply.deny_third.total:1}
		5.属于三类内部事务信息	@{apply.deny_internal.natural:1}	@{apply.deny_internal.commercial:1}	@{apply.deny_internal.research:1}	@{apply.deny_internal.nonprofit:1}	@{apply.deny_internal.legal:1}	@{apply.deny_internal.other_org:1}	@{apply.deny_internal.total:1}
		6.属于四类过程性信息	@{apply.deny_process.natural:1}	@{apply.deny_process.commercial:1}	@{apply.deny_process.research:1}	@{apply.deny_process.nonprofit:1}	@{apply.deny_process.legal:1}	@{apply.deny_process.other_org:1}	@{apply.deny_process.total:1}
		7.属于行政执法案卷	@{apply.deny_enforce.natural:1}	@{apply.deny_enforce.commercial:1}	@{apply.deny_enforce.research:1}	@{apply.deny_enforce.nonprofit:1}	@{apply.deny_enforce.legal:1}	@{apply.deny_enforce.other_org:1}	@{apply.deny_enforce.total:1}
		8.属于行政查询事项	@{apply.deny_query.natural:1}	@{apply.deny_query.commercial:1}	@{apply.deny_query.research:1}	@{apply.deny_query.nonprofit:1}	@{apply.deny_query.legal:1}	@{apply.deny_query.other_org:1}	@{apply.deny_query.total:1}
	(四) 无法提供	1.本机关不掌握相关政府信息	@{apply.unable_nohold.natural:1}	@{apply.unable_nohold.commercial:1}	@{apply.unable_nohold.research:1}	@{apply.unable_nohold.nonprofit:1}	@{apply.unable_nohold.legal:1}	@{apply.unable_nohold.other_org:1}	@{apply.unable_nohold.total:1}
		2.没有现成信息需要另行制作	@{apply.unable_create.natural:1}	@{apply.unable_create.commercial:1}	@{apply.unable_create.research:1}	@{apply.unable_create.nonprofit:1}	@{apply.unable_create.legal:1}	@{apply.unable_create.other_org:1}	@{apply.unable_create.total:1}
		3.补正后申请内容仍不明确	@{apply.unable_unclear.natural:1}	@{apply.unable_unclear.commercial:1}	@{apply.unable_unclear.research:1}	@{apply.unable_unclear.nonprofit:1}	@{apply.unable_unclear.legal:1}	@{apply.unable_unclear.other_org:1}	@{apply.unable_unclear.total:1}
	(五) 不予处理	1.信访举报投诉类申请	@{apply.noproc_petition.natural:1}	@{apply.noproc_petition.commercial:1}	@{apply.noproc_petition.research:1}	@{apply.noproc_petition.nonprofit:1}	@{apply.noproc_petition.legal:1}	@{apply.noproc_petition.other_org:1}	@{apply.noproc_petition.total:1}
		2.重复申请	@{apply.noproc_repeat.natural:1}	@{apply.noproc_repeat.commercial:1}	@{apply.noproc_repeat.research:1}	@{apply.noproc_repeat.nonprofit:1}	@{apply.noproc_repeat.legal:1}	@{apply.noproc_repeat.other_org:1}	@{apply.noproc_repeat.total:1}
		3.要求提供公开出版物	@{apply.noproc_publication.natural:1}	@{apply.noproc_publication.commercial:1}	@{apply.noproc_publication.research:1}	@{apply.noproc_publication.nonprofit:1}	@{apply.noproc_publication.legal:1}	@{apply.noproc_publication.other_org:1}	@{apply.noproc_publication.total:1}
		4.无正当理由大量反复申请	@{apply.noproc_massive.natural:1}	@{apply.noproc_massive.commercial:1}	@{apply.noproc_massive.research:1}	@{apply.noproc_massive.nonprofit:1}	@{apply.noproc_massive.legal:1}	@{apply.noproc_massive.other_org:1}	@{apply.noproc_massive.total:1}
		5.要求行政机关确认或重新出具已获取信息	@{apply.noproc_confirm.natural:1}	@{apply.noproc_confirm.commercial:1}	@{apply.noproc_confirm.research:1}	@{apply.noproc_confirm.nonprofit:1}	@{apply.noproc_confirm.legal:1}	@{apply.noproc_confirm.other_org:1}	@{apply.noproc_confirm.total:1}
	(六) 其他处理	1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请	@{apply.other_nocorrect.natural:1}	@{apply.other_nocorrect.commercial:1}	@{apply.other_nocorrect.research:1}	@{apply.other_nocorrect.nonprofit:1}	@{apply.other_nocorrect.legal:1}	@{apply.other_nocorrect.other_org:1}	@{apply.other_nocorrect.total:1}
		2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请	@{apply.other_nofee.natural:1}	@{apply.other_nofee.commercial:1}	@{apply.other_nofee.research:1}	@{apply.other_nofee.nonprofit:1}	@{apply.other_nofee.legal:1}	@{apply.other_nofee.other_org:1}	@{apply.other_nofee.total:1}
3.其他		@{apply.other_misc.natural:1}	@{apply.other_misc.commercial:1}	@{apply.other_misc.research:1}	@{apply.other_misc.nonprofit:1}	@{apply.other_misc.legal:1}	@{apply.other_misc.other_org:1}	@{apply.other_misc.total:1}	
(七) 总计	@{apply.total.natural:1}	@{apply.total.commercial:1}	@{apply.total.research:1}	@{apply.total.nonprofit:1}	@{apply.total.legal:1}	@{apply.total.other_org:1}	@{apply.total.total:1}		
四、结转下年度继续办理		@{apply.carry_next.natural:1}	@{apply.carry_next.commercial:1}	@{apply.carry_next.research:1}	@{apply.carry_next.nonprofit:1}	@{apply.carry_next.legal:1}	@{apply.carry_next.other_org:1}	@{apply.carry_next.total:1}	

#### 四、政府信息公开行政复议、行政诉讼情况

行政复议					行政诉讼									
结果 维持	结果 纠正	其他 结果	尚未 审结	总计	未经复议直接起诉					复议后起诉				
					结果 维持	结果 纠正	其他 结果	尚未 审结	总计	结果 维持	结果 纠正	其他 结果	尚未 审结	总计
@{review.review.upheld:1}	@{review.review.corrected:1}	@{review.review.other:1}	@{review.review.pending:1}	@{review.review.total:1}	@{review.suit_direct.upheld:1}	@{review.suit_direct.corrected:1}	@{review.suit_direct.other:1}	@{review.suit_direct.pending:1}	@{review.suit_direct.total:1}	@{review.suit_after.upheld:1}	@{review.suit_after.corrected:1}	@{review.suit_after.other:1}	@{review.suit_after.pending:1}	@{review.suit_after.total:1}

#### 五、存在的主要问题及改进措施

沾益区卫生健康局在政府信息公开工作中，主要存在以下问题：一是业务科室对主动公开的信息内容校对不严格，工作人员复核不到位，年内错敏信息修改较频繁，日常更新管理质量不高。二是年内发布政策性文件后，未能够及时发布相应的政策解读。三是网站信息更新不及时。

下一步，沾益区卫生健康局将进一步压实工作责任，严格规范信息发布前的审核工作，对年内编制报审印发的政策性文件及时作出政策解读，加大对政务新媒体的监测力度，杜绝出现信息公开不及时、不按规定公开、公开内容把关不严、刊载内容严重表述错误等问题。

#### 六、其他需要报告的事项

沾益区卫生健康局 @{Y} 年未收取信息处理费。